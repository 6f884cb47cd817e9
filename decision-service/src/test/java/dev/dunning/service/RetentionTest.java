package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** A purge removes what is past retention and leaves a chain that still verifies, from an attested checkpoint. */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:retention-test;DB_CLOSE_DELAY=-1", "dunning.audit.retention=0d"})
class RetentionTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void purgedEntriesLeaveAVerifiableChainAndAForgedCheckpointIsCaught() throws Exception {
        new DecisionCalls(http).post("billing", Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "old-1"));
        new DecisionCalls(http).post("billing", Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "old-2"));
        assertThat(call("auditor", "/api/v1/audit/purge").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode purge = json.readTree(call("admin", "/api/v1/audit/purge").getBody());
        assertThat(purge.path("purged").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where request_id like 'old-%'", Integer.class)).isZero();
        new DecisionCalls(http).post("billing", Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "new-1"));
        JsonNode verified = verify();
        assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.path("checkpointSeq").asLong()).isEqualTo(purge.path("throughSeq").asLong());
        assertThat(verified.path("entriesChecked").asLong()).isEqualTo(2);

        jdbc.update("update audit_checkpoint set through_seq = through_seq + 1");
        JsonNode forged = verify();
        assertThat(forged.path("intact").asBoolean()).isFalse();
    }

    private JsonNode verify() throws Exception {
        return json.readTree(http.withBasicAuth("auditor", "auditor-demo").getForEntity("/api/v1/audit/verify", String.class).getBody());
    }

    private ResponseEntity<String> call(String user, String path) {
        return http.withBasicAuth(user, user + "-demo").postForEntity(path, null, String.class);
    }
}
