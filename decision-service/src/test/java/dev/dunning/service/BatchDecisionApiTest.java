package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** {@code POST /api/v1/decisions/batch} over HTTP: each item answered in order, a bad one among good ones, the limit. */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:batch-api-test;DB_CLOSE_DELAY=-1")
class BatchDecisionApiTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void decidesTheGoodItemsAndNamesTheBadFieldOfTheBadOneByItsIndex() throws Exception {
        String good = Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "batch-1");
        String bad = Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "batch-2").replace("\"id\": \"BJ-0001\"", "\"id\": \"\"");
        String water = Examples.waterBeijing().replaceFirst("\"requestId\": \"[^\"]+\"", "\"requestId\": \"batch-3\"");
        ResponseEntity<String> response = post("[" + good + "," + bad + "," + water + "," + good + "]");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode results = json.readTree(response.getBody()).path("results");
        assertThat(results.valueStream().map(r -> r.path("status").asInt()).toList().subList(1, 3)).containsExactly(400, 201);
        assertThat(List.of(results.path(0).path("status").asInt(), results.path(3).path("status").asInt()))
                .as("the same request twice, decided at once: one decides, the other is answered from the log")
                .containsExactlyInAnyOrder(201, 200);
        assertThat(results.path(0).at("/decision/escalation/step").asText()).isEqualTo("SECOND_REMINDER");
        assertThat(results.path(1).at("/problem/errors/0/field").asText()).isEqualTo("[1].account.id");
        assertThat(results.path(1).has("decision")).isFalse();
        assertThat(results.path(3).at("/decision/decisionId")).isEqualTo(results.path(0).at("/decision/decisionId"));
    }

    @Test
    void refusesMoreThanAThousandRequestsWith413AndDecidesNone() {
        String item = Examples.heatingBeijing();
        ResponseEntity<String> response = post("[" + String.join(",", Collections.nCopies(1001, item)) + "]");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getBody()).contains("batch-too-large", "1001 requests");
    }

    private ResponseEntity<String> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("billing", "billing-demo")
                .postForEntity("/api/v1/decisions/batch", new HttpEntity<>(body, headers), String.class);
    }
}
