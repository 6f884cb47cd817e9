package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on its production profile against the local PostgreSQL, in a schema of its own dropped afterwards. The
 * context is closed with the class, so that its scheduled tasks do not go on against the dropped schema.
 */
@RequiresPostgres
@DirtiesContext
@ActiveProfiles({"postgres", "demo"})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresDecisionApiTest {
    private static final String SCHEMA = "dunning_it_" + Long.toHexString(System.nanoTime());

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> RequiresPostgres.URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> RequiresPostgres.USER);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        try (var connection = DriverManager.getConnection(RequiresPostgres.URL, RequiresPostgres.USER, "")) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void decidesAndStoresEachRequestOnceInPostgres() throws Exception {
        String request = Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "pg-1");
        ResponseEntity<String> first = new DecisionCalls(http).post("billing", request);
        ResponseEntity<String> retry = new DecisionCalls(http).post("billing", request);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode decision = json.readTree(first.getBody());
        assertThat(decision.at("/charges/currentBill/total").decimalValue()).isEqualByComparingTo("1920.00");
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA);
        assertThat(jdbc.queryForObject("select rule_set_hash from audit_entry where request_id = 'pg-1'", String.class))
                .isEqualTo(decision.at("/ruleSet/hash").asText());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where kind = 'DECISION' and account_id = 'BJ-0001'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void recordsThePlannedContactInPostgresAndShowsItsTimesInTheirOwnOffset() throws Exception {
        String request = Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "pg-ledger-1")
                .replace("\"id\": \"BJ-0001\"", "\"id\": \"PG-LEDGER\"");
        String contactId = json.readTree(new DecisionCalls(http).post("billing", request).getBody()).path("decisionId").asText();
        assertThat(jdbc.queryForObject("select send_hour from contact where contact_id = ?", Integer.class, contactId))
                .isEqualTo(19);
        ResponseEntity<String> contact = http.withBasicAuth("auditor", "auditor-demo")
                .getForEntity("/api/v1/contacts/" + contactId, String.class);
        assertThat(contact.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(contact.getBody()).path("sendAt").asText()).isEqualTo("2026-12-20T19:00:00+08:00");
        assertThat(json.readTree(contact.getBody()).path("decidedAt").asText()).isEqualTo("2026-12-20T10:00:00+08:00");
    }
}
