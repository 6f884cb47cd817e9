package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A planned contact that cannot be recorded fails its decision's group: nothing is logged and the caller gets 503.
 * The contact table refuses rows for a while here, so the context is closed with the class.
 */
@DirtiesContext
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:contact-rollback-test;DB_CLOSE_DELAY=-1")
class ContactLedgerRollbackTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDecisionWhoseContactCannotBeRecordedIsNeitherLoggedNorAnswered() {
        jdbc.execute("ALTER TABLE contact ADD CONSTRAINT no_contacts_now CHECK (send_hour < 0)");
        ResponseEntity<String> refused = new DecisionCalls(http).post("billing",
                Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "rollback-1"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where request_id = 'rollback-1'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from contact", Integer.class)).isZero();

        jdbc.execute("ALTER TABLE contact DROP CONSTRAINT no_contacts_now");
        ResponseEntity<String> retried = new DecisionCalls(http).post("billing",
                Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "rollback-1"));
        assertThat(retried.getStatusCode()).as("the retry decides once").isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("select count(*) from contact", Integer.class)).isEqualTo(1);
    }
}
