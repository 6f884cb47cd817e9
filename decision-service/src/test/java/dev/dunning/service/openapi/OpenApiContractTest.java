package dev.dunning.service.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dunning.service.openapi.DocumentedOperations.DocumentedOperation;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The OpenAPI document against the running service: what it says about authentication, not-found answers and
 * problems is what the service does. A client generated from it may rely on every statement checked here.
 */
@ServiceWithTestClients
class OpenApiContractTest {
    private static final String USER = ServiceWithTestClients.USER;
    private static final String PASSWORD = ServiceWithTestClients.PASSWORD;
    private static final String KEY = ServiceWithTestClients.KEY;
    private static final List<String> PROBLEM_SCHEMAS = List.of("#/components/schemas/ProblemDetail",
            "#/components/schemas/RuleSetRejectedProblem");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    DocumentedOperations document;

    @BeforeEach
    void readTheDocumentAnonymously() throws Exception {
        ResponseEntity<String> answer = http.getForEntity("/v3/api-docs", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        document = new DocumentedOperations(json.readTree(answer.getBody()));
    }

    @Test
    void declaresHttpBasicAndTheApiKeyHeaderAndTheServiceAcceptsEach() throws Exception {
        JsonNode schemes = document.document().path("components").path("securitySchemes");
        assertThat(schemes.path("basicAuth").path("type").asText()).isEqualTo("http");
        assertThat(schemes.path("basicAuth").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("apiKey").path("type").asText()).isEqualTo("apiKey");
        assertThat(schemes.path("apiKey").path("in").asText()).isEqualTo("header");
        String header = schemes.path("apiKey").path("name").asText();

        assertThat(http.withBasicAuth(USER, PASSWORD).getForEntity("/api/v1/rulesets", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/api/v1/rulesets", header, KEY).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/v1/rulesets", header, "not-a-key").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void everyOperationNeedsCredentialsExactlyWhenTheDocumentSaysSo() {
        SoftAssertions softly = new SoftAssertions();
        for (DocumentedOperation operation : document.all()) {
            softly.assertThat(operation.operation().has("security")).as("%s declares its security", operation).isTrue();
            operation.operation().path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(
                    scheme -> softly.assertThat(document.document().at("/components/securitySchemes/" + scheme).isObject())
                            .as("%s names the declared scheme %s", operation, scheme).isTrue()));
            HttpStatusCode status = call(operation, http).getStatusCode();
            softly.assertThat(status.value() == 401).as("%s without credentials answers %s, documented as %s",
                    operation, status, operation.secured() ? "secured" : "public").isEqualTo(operation.secured());
        }
        softly.assertAll();
    }

    @Test
    void thePublicPathsAreThoseTheSecurityConfigurationOpensToAnyone() {
        for (String pattern : PublicPaths.SECURITY_CONFIGURATION.patterns()) {
            String path = pattern.replace("/**", "").replace("*", "x");
            assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path).isNotEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(PublicPaths.SECURITY_CONFIGURATION.isPublic("/actuator/metrics")).isFalse();
        assertThat(http.getForEntity("/actuator/metrics", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void everyOperationHasASummaryAnIdATagAndAnswersItsErrorsAsProblems() {
        SoftAssertions softly = new SoftAssertions();
        for (DocumentedOperation operation : document.all()) {
            JsonNode described = operation.operation();
            softly.assertThat(described.path("summary").asText()).as("%s summary", operation).isNotBlank();
            softly.assertThat(described.path("operationId").asText()).as("%s operationId", operation).isNotBlank();
            softly.assertThat(described.path("tags").isEmpty()).as("%s has a tag", operation).isFalse();
            List<String> statuses = new ArrayList<>();
            described.path("responses").fieldNames().forEachRemaining(statuses::add);
            softly.assertThat(statuses).as("%s responses", operation).anyMatch(s -> s.startsWith("4"));
            if (operation.secured()) {
                softly.assertThat(statuses).as("%s responses", operation).contains("401", "403");
            }
            statuses.stream().filter(s -> s.startsWith("4") || s.startsWith("5")).forEach(s -> softly
                    .assertThat(document.resolve(described.path("responses").path(s))
                            .at("/content/application~1problem+json/schema/$ref").asText())
                    .as("%s answers %s as a problem", operation, s).isIn(PROBLEM_SCHEMAS));
        }
        softly.assertAll();
    }

    @Test
    void everyOperationOnAPathWithAnIdAnswersAnUnknownIdWithA404Problem() {
        SoftAssertions softly = new SoftAssertions();
        TestRestTemplate admin = http.withBasicAuth(USER, PASSWORD);
        document.all().stream().filter(o -> o.path().contains("{"))
                .filter(o -> !o.operation().path("requestBody").path("required").asBoolean()).forEach(operation -> {
                    ResponseEntity<String> answer = call(operation, admin);
                    softly.assertThat(operation.operation().path("responses").has("404")).as("%s documents 404", operation)
                            .isTrue();
                    softly.assertThat(answer.getStatusCode().value()).as("%s for an unknown id", operation).isEqualTo(404);
                    softly.assertThat(answer.getHeaders().getContentType()).as("%s content type", operation)
                            .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                });
        softly.assertAll();
    }

    /** The operation with unknown ids, and an empty JSON object where it reads a body. */
    private static ResponseEntity<String> call(DocumentedOperation operation, TestRestTemplate client) {
        HttpHeaders headers = new HttpHeaders();
        String body = null;
        if (operation.operation().path("requestBody").path("content").has("application/json")) {
            headers.setContentType(MediaType.APPLICATION_JSON);
            body = "{}";
        }
        return client.exchange(operation.samplePath(), HttpMethod.valueOf(operation.method().toUpperCase()),
                new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> get(String path, String header, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(header, value);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
