package dev.dunning.service.decisions;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.dunning.service.Examples;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad requests are answered 400 with RFC 9457 problem details naming each bad field, and never decided. */
@WebMvcTest(DecisionController.class)
@WithMockUser(roles = "BILLING")
class DecisionRequestValidationTest {
    @Autowired
    MockMvc mvc;
    @MockitoBean
    Decisions decisions;

    @AfterEach
    void nothingWasDecided() {
        verify(decisions, never()).decide(any(), any());
    }

    @Test
    void malformedJsonIsAProblemWithItsPosition() throws Exception {
        send("{\"requestId\": \"x\", ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Malformed JSON"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("line 1, column")));
    }

    @Test
    void aNegativeAreaNamesTheAreaField() throws Exception {
        send(Examples.heatingBeijing().replace("\"areaM2\": 80.0", "\"areaM2\": -5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("usage.heating.areaM2"))
                .andExpect(jsonPath("$.errors[0].message").value("must be greater than 0"));
    }

    @Test
    void anUnknownUtilityNamesTheFieldAndTheKnownUtilities() throws Exception {
        send(Examples.heatingBeijing().replace("\"HEATING\"", "\"STEAM\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("account.utility"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("HEATING, WATER, ELECTRICITY")));
    }

    @Test
    void anUnknownTimeZoneNamesTheField() throws Exception {
        send(Examples.heatingBeijing().replace("\"id\": \"BJ-0001\", ",
                "\"id\": \"BJ-0001\", \"timeZone\": \"Mars/Olympus\", "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("account.timeZone"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("Mars/Olympus")));
    }

    @Test
    void aMissingAccountIdNamesTheField() throws Exception {
        send(Examples.heatingBeijing().replace("\"id\": \"BJ-0001\", ", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("account.id"));
    }

    @Test
    void everyBadFieldIsListed() throws Exception {
        send(Examples.heatingBeijing().replace("\"id\": \"BJ-0001\", ", "").replace("\"principal\": 1920.00", "\"principal\": -1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("account.id", "openBills[0].principal")));
    }

    @Test
    void aWrongTypeNamesTheFieldWithItsIndex() throws Exception {
        send(Examples.heatingBeijing().replace("\"dueDate\": \"2026-11-30\"", "\"dueDate\": \"30.11.2026\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("openBills[0].dueDate"));
    }

    @Test
    void meteredHeatingWithoutMeteredHeatNamesTheMissingField() throws Exception {
        send(Examples.heatingBeijing().replace("\"method\": \"AREA\"", "\"method\": \"METERED\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("usage.heating.meteredKwh"))
                .andExpect(jsonPath("$.errors[0].message").value("is required when method is METERED"));
    }

    @Test
    void aDisputeWithoutItsOpeningDateAndAPlanWithoutInstalmentsNameTheirFields() throws Exception {
        send(Examples.heatingBeijing().replace("\"openBills\":", """
                "disputes": [ { "id": "D-1" } ], "paymentPlan": { "agreedOn": "2026-12-01", "instalments": [] },
                "openBills":"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("disputes[0].openedOn",
                        "paymentPlan.instalments")));
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() throws Exception {
        send("[]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("JSON object")));
    }

    private ResultActions send(String body) throws Exception {
        return mvc.perform(post("/api/v1/decisions").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
