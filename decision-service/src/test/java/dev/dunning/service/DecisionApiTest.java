package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The service started on a random port with its embedded defaults, called over HTTP as a billing system would. */
@AutoConfigureObservability
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:api-test;DB_CLOSE_DELAY=-1")
class DecisionApiTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void decidesTheReadmeExampleWithBillLinesLateFeeStepRuleSetAndTrace() throws Exception {
        ResponseEntity<String> response = post("billing", Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "readme-1")
                .replace("\"id\": \"BJ-0001\"", "\"id\": \"API-README\""));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode decision = json.readTree(response.getBody());
        assertThat(response.getHeaders().getLocation()).hasToString("/api/v1/decisions/" + decision.path("decisionId").asText());
        assertThat(decision.at("/charges/currentBill/lines/0/amount").decimalValue()).isEqualByComparingTo("1920.00");
        assertThat(decision.at("/charges/lateFees/0/days").asInt()).isEqualTo(20);
        assertThat(response.getBody()).as("money in yuan with two decimals")
                .contains("\"total\":1920.00", "\"amount\":115.20", "\"totalDue\":2035.20");
        assertThat(decision.at("/escalation/step").asText()).isEqualTo("SECOND_REMINDER");
        assertThat(decision.at("/asOf").asText()).isEqualTo("2026-12-20T10:00:00+08:00");
        assertThat(decision.at("/ruleSet/hash").asText()).hasSize(64);
        assertThat(decision.at("/trace/firedRules").findValuesAsText("id")).contains("HEAT-BJ-AREA-RES-NETWORK", "LATE-HEAT-CONTRACT");
        assertThat(decision.at("/trace/matchedRows").findValuesAsText("rowId"))
                .containsExactly("terms-default", "ladder-second-reminder-res", "channel-residential-default");
        assertThat(decision.at("/contact/send").asBoolean()).isTrue();
        assertThat(decision.at("/contact/channel").asText()).isEqualTo("WECHAT");
        assertThat(decision.at("/contact/templateId").asText()).isEqualTo("second-reminder.residential.gentle");
        assertThat(decision.at("/contact/sendAt").asText()).isEqualTo("2026-12-20T19:00:00+08:00");
        assertThat(decision.at("/contact/message").asText()).startsWith("刘先生，您好！").contains("2035.20元");
    }

    @Test
    void decidesTheReadmeWaterExampleWithItemisedTierLinesADisputeHoldAndTheFloorWarning() throws Exception {
        ResponseEntity<String> response = post("billing", Examples.waterBeijing());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode decision = json.readTree(response.getBody());
        assertThat(decision.at("/charges/currentBill/lines").findValuesAsText("code")).containsExactly("WATER-BJ-T1", "WATER-BJ-T2");
        assertThat(response.getBody()).contains("\"total\":360.00", "\"amount\":62.10", "\"amount\":19.44");
        assertThat(decision.at("/escalation/action").asText()).isEqualTo("HOLD");
        assertThat(decision.at("/escalation/limitedBy").asText()).isEqualTo("DISPUTE_OPEN");
        assertThat(decision.at("/warnings/0").asText()).startsWith("WATER-TIER-FLOOR");
    }

    @Test
    void theSameRequestIdAnswersTheSameDecisionAndStoresItOnce() throws Exception {
        String request = Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "retry-1");
        ResponseEntity<String> first = post("billing", request);
        ResponseEntity<String> retry = post("billing", request);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(json.readTree(retry.getBody())).isEqualTo(json.readTree(first.getBody()));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where request_id = 'retry-1'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aRequestIdReusedForADifferentRequestIsRefused() {
        post("billing", Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "reuse-1"));
        ResponseEntity<String> other = post("billing", Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "reuse-1")
                .replace("\"areaM2\": 80.0", "\"areaM2\": 81.0"));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(other.getBody()).contains("\"field\":\"requestId\"");
    }

    @Test
    void aStoredDecisionReadsBackByteForByteAsAnswered() throws Exception {
        String answered = post("billing", Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "read-1")).getBody();
        ResponseEntity<String> read = http.withBasicAuth("auditor", "auditor-demo")
                .getForEntity("/api/v1/decisions/" + json.readTree(answered).path("decisionId").asText(), String.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody()).isEqualTo(answered);
    }

    @Test
    void callsWithoutCredentialsOrWithoutTheRoleAreRefusedAsProblems() {
        ResponseEntity<String> anonymous = new DecisionCalls(http).postAnonymously(Examples.heatingBeijing());
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(post("auditor", Examples.heatingBeijing()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void publishesOpenApiHealthAndPrometheusMetrics() {
        post("billing", Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "metrics-1"));
        assertThat(http.getForObject("/v3/api-docs", String.class))
                .contains("/api/v1/decisions", "DecisionRequest", "\"requestId\":\"BJ-0001-2026-12-20\"");
        assertThat(http.getForObject("/actuator/info", String.class)).contains("\"version\":\"2026.11-default\"");
        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
        assertThat(http.getForObject("/actuator/prometheus", String.class)).contains("dunning_decisions_total{");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void scoresEveryDecisionWithTheModelInUseAndBandsTheScoreByTheRuleSetsThresholds() throws Exception {
        JsonNode decision = json.readTree(post("billing", Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "risk-1")).getBody());
        String modelInUse = json.readTree(http.getForObject("/actuator/info", String.class)).at("/riskModel/version").asText();
        assertThat(decision.at("/model/version").asText()).startsWith("risk-").isEqualTo(modelInUse);
        double probability = decision.at("/risk/probability").asDouble();
        assertThat(probability).isStrictlyBetween(0.0, 1.0);
        String band = probability < 0.20 ? "LOW" : probability < 0.50 ? "MEDIUM" : "HIGH";
        assertThat(decision.at("/risk/band").asText()).isEqualTo(band);
        assertThat(decision.at("/trace/firedRules").findValuesAsText("id")).contains("RISK-BAND-" + band);
        assertThat(decision.at("/risk/topFactors")).hasSize(3);
        assertThat(decision.at("/risk/topFactors/0/feature").asText()).isNotBlank();
    }

    @Test
    void aHouseholdThatPaysLateEveryMonthScoresHigherThanOneThatPaysOnTime() throws Exception {
        double late = probability("risk-late", 75);
        double onTime = probability("risk-on-time", -3);
        assertThat(late).isGreaterThan(onTime + 0.2);
    }

    /** The README example with twelve monthly bills of 150.00 behind it, each paid in full {@code daysLate} after its due date. */
    private double probability(String requestId, int daysLate) throws Exception {
        ObjectNode request = (ObjectNode) json.readTree(Examples.heatingBeijing());
        request.put("requestId", requestId);
        ArrayNode history = request.putArray("paymentHistory");
        for (int month = 1; month <= 12; month++) {
            LocalDate due = LocalDate.of(2025, 10, 25).plusMonths(month);
            history.addObject().put("dueDate", due.toString()).put("amountDue", new BigDecimal("150.00"))
                    .put("amountPaid", new BigDecimal("150.00")).put("paidOn", due.plusDays(daysLate).toString());
        }
        ResponseEntity<String> response = post("billing", json.writeValueAsString(request));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).at("/risk/probability").asDouble();
    }

    private ResponseEntity<String> post(String user, String body) {
        return new DecisionCalls(http).post(user, body);
    }
}
