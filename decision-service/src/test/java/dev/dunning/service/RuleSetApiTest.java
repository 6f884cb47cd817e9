package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Rule-set versions over HTTP, as an analyst uploads them with curl and a reviewer reads them. */
@AutoConfigureObservability
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:ruleset-api-test;DB_CLOSE_DELAY=-1")
class RuleSetApiTest {
    private static final Path LADDER = Path.of("..", "rules", "policy", "escalation", "escalation-ladder.dmn");
    private static final String LADDER_PATH = "escalation/escalation-ladder.dmn";
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void theDefaultPackIsStoredAsTheActiveVersion() throws Exception {
        JsonNode active = activeVersion();
        assertThat(active.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(active.path("author").asText()).isEqualTo("system");
        assertThat(active.path("hash").asText()).hasSize(64);
    }

    @Test
    void anAnalystUploadsAChangedLadderAsADraftWithItsScenarioResults() throws Exception {
        String changed = Files.readString(LADDER).replace(
                "<inputEntry id=\"ladder-second-reminder-res-in3\"><text>&gt;= 15</text>",
                "<inputEntry id=\"ladder-second-reminder-res-in3\"><text>&gt;= 21</text>");
        ResponseEntity<String> response = upload("analyst", file(LADDER_PATH, changed));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode draft = json.readTree(response.getBody());
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("author").asText()).isEqualTo("analyst");
        assertThat(draft.path("parentHash").asText()).isEqualTo(activeVersion().path("hash").asText());
        assertThat(draft.at("/verification/compiles").asBoolean()).isTrue();
        assertThat(draft.at("/verification/scenarios/failures").findValuesAsText("scenario"))
                .contains("A household 19 days overdue, 15 days after the first reminder, gets the second");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/v1/rulesets/" + draft.path("hash").asText());
        assertThat(get("auditor", "/api/v1/rulesets/" + draft.path("hash").asText()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(upload("analyst", file(LADDER_PATH, changed)).getStatusCode()).as("the same content again").isEqualTo(HttpStatus.OK);
        JsonNode diff = json.readTree(get("reviewer", "/api/v1/rulesets/" + draft.path("parentHash").asText() + "/diff/"
                + draft.path("hash").asText()).getBody());
        assertThat(diff.path("summary").asText()).isEqualTo("1 file changed; table rows: 1 changed");
        assertThat(diff.at("/rows/0/id").asText()).isEqualTo("ladder-second-reminder-res");
        assertThat(diff.at("/rows/0/changedColumns/0").asText()).isEqualTo("daysOverdue");
        assertThat(diff.at("/files/0/unifiedDiff").asText()).contains("+        <inputEntry id=\"ladder-second-reminder-res-in3\"><text>&gt;= 21</text>");
    }

    @Test
    void aHostileRuleIsRefusedWithItsLineAndNothingIsStored() throws Exception {
        int before = json.readTree(get("analyst", "/api/v1/rulesets").getBody()).size();
        ResponseEntity<String> response = upload("analyst", file("hostile/exit.drl", """
                package policy.hostile;
                import dev.dunning.rules.request.Account;

                rule "Looks harmless" @id("H-1") @source("test") @grade("C")
                when Account( )
                then System.exit(3);
                end
                """));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode error = json.readTree(response.getBody()).path("errors").path(0);
        assertThat(error.path("file").asText()).isEqualTo("hostile/exit.drl");
        assertThat(error.path("line").asInt()).isEqualTo(6);
        assertThat(error.path("message").asText()).startsWith("Sandbox: 'System' is not");
        assertThat(json.readTree(get("analyst", "/api/v1/rulesets").getBody()).size()).isEqualTo(before);
    }

    @Test
    void aCommentOrAnActivationDateBeyondItsBoundIsRefusedNamingTheField() throws Exception {
        String serving = json.readTree(get("analyst", "/api/v1/rulesets").getBody()).path(0).path("hash").asText();
        String longComment = "x".repeat(2001);
        assertInvalidField(post("lead", serving, "submit", "{\"comment\":\"" + longComment + "\"}"), "comment");
        assertInvalidField(post("reviewer", serving, "activate", "{\"effectiveFrom\":\"+99999-01-01T00:00:00+08:00\"}"),
                "effectiveFrom");
        MultiValueMap<String, Object> parts = file("hostile/quiet.yaml", "a: 1");
        parts.add("comment", longComment);
        assertInvalidField(upload("analyst", parts), "comment");
    }

    private void assertInvalidField(ResponseEntity<String> response, String field) throws IOException {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).path("errors")).anySatisfy(error ->
                assertThat(error.path("field").asText()).isEqualTo(field));
    }

    @Test
    void validationReportsProblemsWithoutStoring() throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("analyst", "analyst-demo").postForEntity(
                "/api/v1/rulesets/validate", multipart(file("broken/syntax.drl", "package policy.broken;\nrule \"x\" when then end end\n")),
                String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode verification = json.readTree(response.getBody());
        assertThat(verification.path("compiles").asBoolean()).isFalse();
        assertThat(verification.path("problems").findValuesAsText("file")).contains("broken/syntax.drl");
    }

    @Test
    void aZipOfTheActivePackIsTheActiveVersion() throws Exception {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("bundle", named("policy.zip", zipOf(Path.of("..", "rules", "policy"))));
        ResponseEntity<String> response = http.withBasicAuth("analyst", "analyst-demo")
                .postForEntity("/api/v1/rulesets", new HttpEntity<>(parts, multipartHeaders()), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(response.getBody()).path("hash").asText()).isEqualTo(activeVersion().path("hash").asText());
    }

    @Test
    void aCleanDraftIsSubmittedAndApprovedByAnotherReviewerNeverByItsAuthor() throws Exception {
        String changed = Files.readString(LADDER).replace(
                "Default pack ladder: the second reminder stresses the deadline (policy reference §7)",
                "Default pack ladder: the second reminder stresses the deadline and the late fee (policy reference §7)");
        JsonNode draft = json.readTree(upload("lead", file(LADDER_PATH, changed)).getBody());
        String hash = draft.path("hash").asText();
        assertThat(draft.at("/verification/clean").asBoolean()).isTrue();
        assertThat(post("reviewer", hash, "approve").getStatusCode()).as("not submitted yet").isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("lead", hash, "submit").getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> own = post("lead", hash, "approve");
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(own.getBody()).path("detail").asText()).contains("Four-eyes");
        assertThat(post("analyst", hash, "approve").getStatusCode()).as("an analyst is no reviewer").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> approved = post("reviewer", hash, "approve");
        assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode version = json.readTree(approved.getBody());
        assertThat(version.path("status").asText()).isEqualTo("APPROVED");
        assertThat(version.path("history").findValuesAsText("action")).containsExactly("UPLOADED", "SUBMITTED", "APPROVED");
        assertThat(version.path("history").findValuesAsText("actor")).containsExactly("lead", "lead", "reviewer");
        assertThat(version.at("/history/2/comment").asText()).isEqualTo("Looks right");
    }

    @Test
    void anApprovedVersionActivatedForTomorrowDecidesFromTomorrowAndCanBeRolledBack() throws Exception {
        String original = activeVersion().path("hash").asText();
        String hash = approvedLadder("Not overdue yet: late fees accrue from the day after the due date",
                "Not overdue yet: no late fee accrues before the day after the due date");
        OffsetDateTime tomorrow = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).truncatedTo(ChronoUnit.SECONDS);
        assertThat(post("analyst", hash, "activate", activation(tomorrow)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("reviewer", hash, "activate", activation(tomorrow.minusDays(3))).getStatusCode())
                .as("backdated").isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<String> activated = post("reviewer", hash, "activate", activation(tomorrow));
        assertThat(activated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(activated.getBody()).path("status").asText()).isEqualTo("ACTIVE");

        assertThat(decidedWith(tomorrow.minusDays(1), "today")).isEqualTo(original);
        assertThat(decidedWith(tomorrow.plusHours(1), "tomorrow")).isEqualTo(hash);
        assertThat(post("reviewer", original, "activate", activation(tomorrow.plusHours(2))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(decidedWith(tomorrow.plusHours(3), "after-rollback")).as("rolled back").isEqualTo(original);
    }

    @Test
    void aVersionActivatedNowRetiresThePreviousOneUntilItIsActivatedAgain() throws Exception {
        String original = activeVersion().path("hash").asText();
        String hash = approvedLadder("A restricted or referred account stays under human review",
                "A restricted or referred account stays under a person's review");
        assertThat(json.readTree(post("reviewer", hash, "activate", "{}").getBody()).path("status").asText()).isEqualTo("ACTIVE");
        assertThat(activeVersion().path("hash").asText()).isEqualTo(hash);
        assertThat(status(original)).isEqualTo("RETIRED");
        post("reviewer", original, "activate", "{\"comment\":\"roll back\"}");
        assertThat(status(original)).isEqualTo("ACTIVE");
        assertThat(status(hash)).isEqualTo("RETIRED");
    }

    /** Uploads the ladder with one text replaced, submits it as lead and approves it as reviewer; its hash. */
    private String approvedLadder(String text, String replacement) throws IOException {
        String changed = Files.readString(LADDER).replace(text, replacement);
        assertThat(changed).isNotEqualTo(Files.readString(LADDER));
        String hash = json.readTree(upload("lead", file(LADDER_PATH, changed)).getBody()).path("hash").asText();
        assertThat(post("lead", hash, "submit").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("reviewer", hash, "approve").getStatusCode()).isEqualTo(HttpStatus.OK);
        return hash;
    }

    private String status(String hash) throws IOException {
        return json.readTree(get("auditor", "/api/v1/rulesets/" + hash).getBody()).path("status").asText();
    }

    @Test
    void onlyAnApprovedVersionCanBeActivated() throws Exception {
        String changed = Files.readString(LADDER).replace("No open bill: nothing to collect", "No open bill: nothing owed");
        String hash = json.readTree(upload("analyst", file(LADDER_PATH, changed)).getBody()).path("hash").asText();
        ResponseEntity<String> refused = post("reviewer", hash, "activate", "{}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(refused.getBody()).path("detail").asText()).contains("DRAFT");
    }

    @Test
    void aDraftWithFailingScenariosCannotBeSubmitted() throws Exception {
        String changed = Files.readString(LADDER).replace(
                "<inputEntry id=\"ladder-second-reminder-nonres-in3\"><text>&gt;= 8</text>",
                "<inputEntry id=\"ladder-second-reminder-nonres-in3\"><text>&gt;= 12</text>");
        String hash = json.readTree(upload("analyst", file(LADDER_PATH, changed)).getBody()).path("hash").asText();
        ResponseEntity<String> refused = post("analyst", hash, "submit");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(refused.getBody()).path("detail").asText()).contains("green scenarios");
    }

    @Test
    void badUploadsAndWrongRolesAreProblems() throws Exception {
        ResponseEntity<String> escaping = upload("analyst", file("../outside.drl", "package x;"));
        assertThat(escaping.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(escaping.getBody()).at("/errors/0/field").asText()).isEqualTo("files[0]");
        assertThat(upload("billing", file(LADDER_PATH, "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload("reviewer", file(LADDER_PATH, "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("billing", "/api/v1/rulesets").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/v1/rulesets", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("analyst", "/api/v1/rulesets/" + "0".repeat(64)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** The version the service decides with now, as /actuator/info names it. */
    private JsonNode activeVersion() throws IOException {
        String serving = json.readTree(http.getForEntity("/actuator/info", String.class).getBody()).at("/ruleSet/hash").asText();
        return json.readTree(get("analyst", "/api/v1/rulesets/" + serving).getBody());
    }

    private ResponseEntity<String> post(String user, String hash, String step) {
        return post(user, hash, step, "{\"comment\":\"Looks right\"}");
    }

    private ResponseEntity<String> post(String user, String hash, String step, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user + "-demo").postForEntity("/api/v1/rulesets/" + hash + "/" + step,
                new HttpEntity<>(body, headers), String.class);
    }

    private static String activation(OffsetDateTime effectiveFrom) {
        return "{\"effectiveFrom\":\"" + effectiveFrom + "\",\"comment\":\"Go live\"}";
    }

    /** The hash of the rule set that decided the README example as of {@code asOf}. */
    private String decidedWith(OffsetDateTime asOf, String requestId) throws IOException {
        String request = Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "activation-" + requestId)
                .replace("2026-12-20T10:00:00+08:00", asOf.toString());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.withBasicAuth("billing", "billing-demo")
                .postForEntity("/api/v1/decisions", new HttpEntity<>(request, headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).at("/ruleSet/hash").asText();
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, user + "-demo").getForEntity(path, String.class);
    }

    private ResponseEntity<String> upload(String user, MultiValueMap<String, Object> parts) {
        return http.withBasicAuth(user, user + "-demo").postForEntity("/api/v1/rulesets", multipart(parts), String.class);
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(MultiValueMap<String, Object> parts) {
        return new HttpEntity<>(parts, multipartHeaders());
    }

    private static HttpHeaders multipartHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return headers;
    }

    private static MultiValueMap<String, Object> file(String path, String content) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("files", named(path, content.getBytes(StandardCharsets.UTF_8)));
        return parts;
    }

    private static ByteArrayResource named(String filename, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return filename;
            }
        };
    }

    private static byte[] zipOf(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); var paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).toList()) {
                zip.putNextEntry(new ZipEntry("policy/" + folder.relativize(path).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(path));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
