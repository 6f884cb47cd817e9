package dev.dunning.service.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.dunning.service.Examples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The benchmark's echo endpoint: off unless its property is set; when on, it binds and validates as decisions do. */
@WebMvcTest(controllers = EchoController.class, properties = EchoController.PROPERTY + "=true")
@WithMockUser(roles = "BILLING")
class EchoEndpointTest {
    @Autowired
    MockMvc mvc;

    @Test
    void isOffByDefaultAndOnWithItsProperty() {
        WebApplicationContextRunner context = new WebApplicationContextRunner().withUserConfiguration(EchoController.class);
        context.run(off -> assertThat(off).doesNotHaveBean(EchoController.class));
        context.withPropertyValues(EchoController.PROPERTY + "=true")
                .run(on -> assertThat(on).hasSingleBean(EchoController.class));
    }

    @Test
    void writesBackTheRequestAsBound() throws Exception {
        mvc.perform(post("/api/v1/echo").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(Examples.heatingBeijing()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requestId").value("BJ-0001-2026-12-20"))
                .andExpect(jsonPath("$.usage.heating.areaM2").value(80.0))
                .andExpect(jsonPath("$.openBills[0].principal").value(1920.00));
    }

    @Test
    void refusesABadRequestAsDecisionsDo() throws Exception {
        mvc.perform(post("/api/v1/echo").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(Examples.heatingBeijing().replace("\"areaM2\": 80.0", "\"areaM2\": -5")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("usage.heating.areaM2"));
    }
}
