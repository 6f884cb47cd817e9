package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A reviewed rule set that runs away for some accounts, written with what the policy profile allows
 * ({@code hostile/runaway/runaway.drl} of the rules module): a rule that re-fires itself through {@code update}, and
 * rules that grow their own work through {@code insert} and a three-way join evaluated before every firing. Once it is
 * live, each such decision is stopped at a limit and answered with a problem naming the rule set and the rule, never
 * the customer; the next decision is answered and the service stays healthy.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:run-time-bounds-test;DB_CLOSE_DELAY=-1")
class RunTimeBoundsApiTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void aLiveRuleSetThatRunsAwayIsStoppedAtItsLimitsAndTheServiceKeepsAnswering() throws Exception {
        RuleSetCalls rulesets = new RuleSetCalls(http);
        ResponseEntity<String> uploaded = rulesets.upload("lead", Map.of("hostile/runaway.drl", HostileRuleSets.RUNAWAY));
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode draft = json.readTree(uploaded.getBody());
        assertThat(draft.at("/verification/clean").asBoolean()).as("its scenarios never meet the accounts").isTrue();
        String hash = draft.path("hash").asText();
        assertThat(rulesets.step("lead", hash, "submit", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rulesets.step("reviewer", hash, "approve", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rulesets.step("reviewer", hash, "activate", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode spinning = refused(decide("spin", "SPIN-1"));
        assertThat(spinning.path("limit").asText()).isEqualTo("max-firings");
        assertThat(spinning.path("rule").asText()).isEqualTo("H-SPIN \"Looks at the account again\"");
        assertThat(spinning.at("/ruleSet/hash").asText()).isEqualTo(hash);
        assertThat(spinning.path("detail").asText()).contains(hash, "10000 rule firings", "H-SPIN");

        JsonNode growing = refused(decide("grow", "GROW-1"));
        assertThat(growing.path("limit").asText()).isEqualTo("time-budget");
        assertThat(growing.path("rule").asText()).contains("H-");
        assertThat(growing.path("detail").asText()).contains(hash, "time budget of 2000 ms");

        ResponseEntity<String> next = decide("next", "BJ-0001");
        assertThat(next.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(next.getBody()).at("/ruleSet/hash").asText()).isEqualTo(hash);
        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
    }

    /** The README's Beijing household as account {@code account}. */
    private ResponseEntity<String> decide(String requestId, String account) {
        return new DecisionCalls(http).post("billing", Examples.heatingBeijing()
                .replace("BJ-0001-2026-12-20", "bounds-" + requestId).replace("\"BJ-0001\"", "\"" + account + "\""));
    }

    /** The problem a stopped decision is answered with: it names the rule set and the rule, never the customer. */
    private JsonNode refused(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).doesNotContain("SPIN-1", "GROW-1", "刘先生", "bounds-", "1920");
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("type").asText()).endsWith("/rule-set-failed");
        return problem;
    }
}
