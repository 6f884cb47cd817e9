package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dunning.datasets.portfolio.PortfolioCsv;
import dev.dunning.datasets.portfolio.PortfolioGenerator;
import dev.dunning.datasets.portfolio.PortfolioSpec;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * An analyst simulates an approved change of the ladder on a portfolio over REST, as the README does with curl, and a
 * reviewer puts the same version in shadow beside live decisions; a version no reviewer approved runs in neither.
 */
@AutoConfigureObservability
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:simulation-api-test;DB_CLOSE_DELAY=-1")
class SimulationApiTest {
    private static final Path LADDER = Path.of("..", "rules", "policy", "escalation", "escalation-ladder.dmn");
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAnalystSimulatesAnApprovedVersionOnAPortfolioAndReadsTheReport() throws Exception {
        String candidate = approved(laterSecondReminder(21));
        ResponseEntity<String> started = simulate("analyst", portfolio(120), candidate);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String id = json.readTree(started.getBody()).path("id").asText();
        assertThat(started.getHeaders().getLocation()).hasToString("/api/v1/simulations/" + id);

        JsonNode done = poll("reviewer", "/api/v1/simulations/" + id, job -> !job.path("status").asText().equals("RUNNING"));
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.at("/summary/accounts").asLong()).isEqualTo(120);
        assertThat(done.at("/summary/candidate/hash").asText()).isEqualTo(candidate);
        assertThat(done.at("/summary/baseline/hash").asText()).isNotEqualTo(candidate).hasSize(64);

        ResponseEntity<String> report = get("analyst", done.path("report").asText());
        assertThat(report.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(report.getBody()).contains("Transition matrix of steps", "data:image/png;base64,", candidate);
        ResponseEntity<String> changes = get("analyst", done.path("changes").asText());
        assertThat(changes.getBody()).startsWith("line,accountId,changes,");
        assertThat(changes.getBody().lines().count()).isEqualTo(done.at("/summary/changed").asLong() + 1);
    }

    @Test
    void anUnknownVersionOrAFileThatIsNoPortfolioIsAProblem() throws Exception {
        ResponseEntity<String> unknown = simulate("analyst", portfolio(1), "0".repeat(64));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> notAPortfolio = simulate("analyst", "id,amount\n1,2\n", activeHash());
        assertThat(notAPortfolio.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(notAPortfolio.getBody());
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(problem.path("detail").asText()).contains("line 1: not a portfolio header");
        assertThat(simulate("billing", portfolio(1), activeHash()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("analyst", "/api/v1/simulations/no-such-id").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shadowModeCountsADifferenceAndNeverChangesTheAnswer() throws Exception {
        String candidate = approved(laterSecondReminder(21));
        String active = activeHash();
        assertThat(exchange("reviewer", HttpMethod.PUT, "/api/v1/shadow", "{\"candidate\":\"" + candidate + "\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> answer = new DecisionCalls(http).post("billing",
                Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "shadow-demo-1"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode decision = json.readTree(answer.getBody());
        assertThat(decision.at("/ruleSet/hash").asText()).isEqualTo(active);
        assertThat(decision.at("/escalation/step").asText()).isEqualTo("SECOND_REMINDER");

        JsonNode shadow = poll("analyst", "/api/v1/shadow", view -> view.at("/decisions/different").asLong() == 1);
        assertThat(shadow.at("/candidate/hash").asText()).isEqualTo(candidate);
        assertThat(shadow.at("/decisions/same").asLong()).isZero();
        JsonNode sample = shadow.at("/latestDifferences/0");
        assertThat(sample.path("decisionId").asText()).isEqualTo(decision.path("decisionId").asText());
        assertThat(sample.at("/liveOutcome/step").asText()).isEqualTo("SECOND_REMINDER");
        assertThat(sample.at("/candidateOutcome/step").asText()).isNotEqualTo("SECOND_REMINDER");
        assertThat(sample.path("differences").toString()).contains("STEP");
        assertThat(http.getForObject("/actuator/prometheus", String.class))
                .contains("dunning_shadow_decisions_total{outcome=\"different\"} 1.0");
        assertThat(json.readTree(get("auditor", "/api/v1/audit/entries?accountId=BJ-0001").getBody()).path("total").asLong())
                .as("only the live decision is logged").isOne();

        assertThat(exchange("lead", HttpMethod.DELETE, "/api/v1/shadow", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get("lead", "/api/v1/shadow").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void onlyAVersionAReviewerApprovedIsSimulatedOrShadowedAndAnyOtherIsRefusedNamingTheField() throws Exception {
        String draft = laterSecondReminder(22);
        assertNotApproved(simulate("analyst", portfolio(1), draft, null), "candidate", "DRAFT");
        assertNotApproved(simulate("analyst", portfolio(1), activeHash(), draft), "baseline", "DRAFT");
        assertNotApproved(exchange("reviewer", HttpMethod.PUT, "/api/v1/shadow", "{\"candidate\":\"" + draft + "\"}"),
                "candidate", "DRAFT");
        assertThat(get("reviewer", "/api/v1/shadow").getStatusCode()).as("nothing in shadow").isEqualTo(HttpStatus.NO_CONTENT);

        String inReview = reworded();
        assertThat(http.withBasicAuth("lead", "lead-demo").postForEntity("/api/v1/rulesets/" + inReview + "/submit", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertNotApproved(exchange("reviewer", HttpMethod.PUT, "/api/v1/shadow", "{\"candidate\":\"" + inReview + "\"}"),
                "candidate", "IN_REVIEW");
        assertThat(http.withBasicAuth("reviewer", "reviewer-demo").postForEntity("/api/v1/rulesets/" + inReview + "/approve",
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(exchange("reviewer", HttpMethod.PUT, "/api/v1/shadow", "{\"candidate\":\"" + inReview + "\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(exchange("reviewer", HttpMethod.DELETE, "/api/v1/shadow", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private void assertNotApproved(ResponseEntity<String> refused, String field, String status) throws Exception {
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(problem.path("versionStatus").asText()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).contains(status, "./dunning simulate");
    }

    /**
     * Marks a version approved in the database. The review itself (submit, four-eyes approval) is RuleSetApiTest's;
     * the ladder change that makes a difference here fails scenarios of the pack that this test does not rewrite, so
     * it could not be submitted through the API.
     */
    private String approved(String hash) {
        assertThat(jdbc.update("update rule_set_version set status = 'APPROVED' where hash = ?", hash)).isOne();
        return hash;
    }

    /** A change of wording only, which keeps every scenario green: a draft that can go through review. */
    private String reworded() throws Exception {
        String changed = Files.readString(LADDER).replace("No open bill: nothing to collect", "No open bill: nothing owed");
        return uploadedLadder(changed);
    }

    /** The README's kind of change, on the residential row: the second reminder after {@code days} overdue instead of 15. */
    private String laterSecondReminder(int days) throws Exception {
        String changed = Files.readString(LADDER).replace("<inputEntry id=\"ladder-second-reminder-res-in3\"><text>&gt;= 15</text>",
                "<inputEntry id=\"ladder-second-reminder-res-in3\"><text>&gt;= " + days + "</text>");
        return uploadedLadder(changed);
    }

    private String uploadedLadder(String changed) throws Exception {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("files", named(changed, "escalation/escalation-ladder.dmn"));
        ResponseEntity<String> upload = http.withBasicAuth("lead", "lead-demo").postForEntity("/api/v1/rulesets",
                multipart(parts), String.class);
        assertThat(upload.getStatusCode().is2xxSuccessful()).isTrue();
        return json.readTree(upload.getBody()).path("hash").asText();
    }

    private static String portfolio(int accounts) throws Exception {
        StringWriter csv = new StringWriter();
        try (PortfolioCsv.Writer writer = PortfolioCsv.writer(csv)) {
            new PortfolioGenerator(new PortfolioSpec(3, accounts, PortfolioSpec.DEFAULT_AS_OF)).requests().forEach(writer::write);
        }
        return csv.toString();
    }

    private ResponseEntity<String> simulate(String user, String portfolio, String candidate) {
        return simulate(user, portfolio, candidate, null);
    }

    private ResponseEntity<String> simulate(String user, String portfolio, String candidate, String baseline) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", named(portfolio, "portfolio.csv"));
        parts.add("candidate", candidate);
        if (baseline != null) {
            parts.add("baseline", baseline);
        }
        return http.withBasicAuth(user, user + "-demo").postForEntity("/api/v1/simulations", multipart(parts), String.class);
    }

    private JsonNode poll(String user, String path, Predicate<JsonNode> until) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            ResponseEntity<String> response = get(user, path);
            JsonNode body = response.getBody() == null ? json.missingNode() : json.readTree(response.getBody());
            if (until.test(body) || System.nanoTime() > deadline) {
                return body;
            }
            Thread.sleep(200);
        }
    }

    private String activeHash() throws Exception {
        return json.readTree(http.getForEntity("/actuator/info", String.class).getBody()).at("/ruleSet/hash").asText();
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, user + "-demo").getForEntity(path, String.class);
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user + "-demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private static ByteArrayResource named(String content, String filename) {
        return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return filename;
            }
        };
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(MultiValueMap<String, Object> parts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }
}
