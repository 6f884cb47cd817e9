package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.reset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.service.rulesets.ActiveRuleSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Checking an uploaded rule set is bounded, with limits set here just above the default pack (54 files, 40 KB the
 * largest, 307 KB in all, 71 rules, 216 scenarios) and a 5 s time budget: an upload over a limit is refused with 422
 * naming the file and the limit (413 for a file over the size limit, refused while the upload is read), and nothing is
 * stored; a validation is refused the same way; a check that runs past
 * its budget is abandoned and refused, and the service goes on answering. A {@link StackOverflowError} in a live rule
 * set's rule is answered as a problem, and the decision log goes on committing.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:rule-set-check-bounds-test;DB_CLOSE_DELAY=-1",
        "dunning.rules.limits.verification.max-files=60", "dunning.rules.limits.verification.max-file-size=64KB",
        "dunning.rules.limits.verification.max-total-size=400KB", "dunning.rules.limits.verification.max-rules=80",
        "dunning.rules.limits.verification.max-scenarios=230", "dunning.rules.limits.verification.time-budget=5s"})
class RuleSetCheckBoundsApiTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @MockitoSpyBean
    ActiveRuleSet active;

    @Test
    void anUploadWithTooManyFilesIsRefusedNamingTheLimit() throws Exception {
        Map<String, String> extra = new TreeMap<>();
        IntStream.rangeClosed(1, 7).forEach(i -> extra.put("zz/notes-" + i + ".yaml", "note: " + i));
        assertRefused(extra, "zz/notes-7.yaml", 0, "max-files of 60 files");
    }

    /** A file over the size limit is refused while the upload is read, before the rule set is put together. */
    @Test
    void anUploadWithAFileOverTheSizeLimitIsRefusedNamingTheFile() throws Exception {
        int before = storedVersions();
        assertFileTooLarge(new RuleSetCalls(http).upload("analyst", Map.of("extra/big.yaml", "note: " + "x".repeat(70 * 1024))));
        assertThat(storedVersions()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void anUploadOverTheTotalSizeIsRefusedAtItsLargestFile() throws Exception {
        assertRefused(Map.of("extra/a.yaml", "note: " + "x".repeat(50 * 1024), "extra/b.yaml", "note: " + "x".repeat(60 * 1024)),
                "extra/b.yaml", 0, "max-total-size of 409600 bytes in all");
    }

    @Test
    void anUploadWithTooManyRulesIsRefusedAtTheFirstRuleOverTheLimitWithItsLine() throws Exception {
        String rules = IntStream.rangeClosed(1, 10).mapToObj(i -> "rule \"Extra " + i + "\" @id(\"X-" + i
                + "\") @source(\"test\") @grade(\"C\")\nwhen\n    Account( id == \"X\" )\nthen\nend\n")
                .collect(Collectors.joining("\n"));
        String drl = "package policy.zz;\nimport dev.dunning.rules.request.Account;\n\n" + rules;
        assertRefused(Map.of("zz/extra.drl", drl), "zz/extra.drl", 4 + 6 * 9, "max-rules of 80 rules");
    }

    @Test
    void anUploadWithTooManyScenariosIsRefusedNamingTheFile() throws Exception {
        String scenarios = "scenarios:\n" + IntStream.rangeClosed(1, 15).mapToObj(i -> "  - name: extra " + i + "\n")
                .collect(Collectors.joining());
        assertRefused(Map.of("zz/extra.scenarios.yaml", scenarios), "zz/extra.scenarios.yaml", 0,
                "max-scenarios of 230 scenarios");
    }

    @Test
    void aValidationOverALimitReportsTheLimitWithoutStoring() throws Exception {
        ResponseEntity<String> response = new RuleSetCalls(http).validate("analyst",
                Map.of("zz/notes.scenarios.yaml", "scenarios:\n" + IntStream.rangeClosed(1, 15)
                        .mapToObj(i -> "  - name: extra " + i + "\n").collect(Collectors.joining())));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode verification = json.readTree(response.getBody());
        assertThat(verification.path("compiles").asBoolean()).isFalse();
        assertThat(verification.at("/problems/0/file").asText()).isEqualTo("zz/notes.scenarios.yaml");
        assertThat(verification.at("/problems/0/message").asText()).contains("max-scenarios");
        assertFileTooLarge(new RuleSetCalls(http).validate("analyst",
                Map.of("extra/big.yaml", "note: " + "x".repeat(70 * 1024))));
    }

    private void assertFileTooLarge(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("limit").asText()).isEqualTo("dunning.rules.limits.verification.max-file-size");
        assertThat(problem.path("maxBytes").asLong()).isEqualTo(64 * 1024);
        assertThat(problem.path("detail").asText()).contains("extra/big.yaml");
    }

    private int storedVersions() throws Exception {
        return json.readTree(http.withBasicAuth("analyst", "analyst-demo").getForObject("/api/v1/rulesets",
                String.class)).size();
    }

    @Test
    void aValidationThatRunsPastItsTimeBudgetIsRefusedAndTheServiceKeepsAnswering() throws Exception {
        String scenarios = "defaults:\n  asOf: \"2026-11-20T10:00:00+08:00\"\n"
                + "  account: { id: GROW-1, utility: ELECTRICITY, region: CN-ZJ, customerType: RESIDENTIAL }\nscenarios:\n"
                + IntStream.rangeClosed(1, 5).mapToObj(i -> "  - name: grows " + i + "\n    expect: { escalation.step: NONE }\n")
                .collect(Collectors.joining());
        ResponseEntity<String> response = new RuleSetCalls(http).validateBundle("analyst", Map.of(
                "hostile/runaway.drl", HostileRuleSets.RUNAWAY, "hostile/grow.scenarios.yaml", scenarios));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("type").asText()).endsWith("/rule-set-check-timed-out");
        assertThat(problem.path("limit").asText()).isEqualTo("time-budget");
        assertThat(problem.path("detail").asText()).contains("time budget of 5 s", "active version keeps serving");
        assertThat(new DecisionCalls(http).post("billing", Examples.heatingBeijing().replace("BJ-0001-2026-12-20",
                "after-timeout")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
    }

    @Test
    void aStackOverflowInALiveRuleIsAProblemAndTheLogKeepsCommitting() throws Exception {
        CompiledRuleSet serving = active.current();
        doReturn(HostileRuleSets.withOnlyDrl(serving, "deep-1", HostileRuleSets.STACK_OVERFLOW)).when(active)
                .effectiveAt(any());
        ResponseEntity<String> overflowed = new DecisionCalls(http).post("billing",
                Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "deep-1"));
        reset(active);
        assertThat(overflowed.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        JsonNode problem = json.readTree(overflowed.getBody());
        assertThat(problem.path("type").asText()).endsWith("/rule-set-failed");
        assertThat(problem.path("detail").asText()).contains("StackOverflowError").doesNotContain("BJ-0001", "刘先生");
        assertThat(problem.path("rule").asText()).contains("H-DEEP");

        ResponseEntity<String> next = new DecisionCalls(http).post("billing",
                Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "after-deep-1"));
        assertThat(next.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = json.readTree(next.getBody()).path("decisionId").asText();
        assertThat(http.withBasicAuth("auditor", "auditor-demo").getForEntity("/api/v1/decisions/" + id, String.class)
                .getStatusCode()).as("logged").isEqualTo(HttpStatus.OK);
    }

    private void assertRefused(Map<String, String> files, String file, int line, String limit) throws Exception {
        int before = json.readTree(http.withBasicAuth("analyst", "analyst-demo").getForObject("/api/v1/rulesets",
                String.class)).size();
        ResponseEntity<String> response = new RuleSetCalls(http).upload("analyst", files);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("type").asText()).endsWith("/rule-set-invalid");
        assertThat(problem.path("errors")).anySatisfy(error -> {
            assertThat(error.path("file").asText()).isEqualTo(file);
            assertThat(error.path("line").asInt()).isEqualTo(line);
            assertThat(error.path("message").asText()).contains(limit);
        });
        assertThat(json.readTree(http.withBasicAuth("analyst", "analyst-demo").getForObject("/api/v1/rulesets",
                String.class)).size()).as("nothing stored").isEqualTo(before);
    }
}
