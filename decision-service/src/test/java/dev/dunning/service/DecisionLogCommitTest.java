package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * How decisions are committed to the log. With the database out of reach, no decision is answered: 503 with
 * Retry-After, and the retry is decided once. A group waits for decisions still under way (here up to an hour, longer
 * than a caller waits for its commit), but never when no other decision is under way.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:commit-test;DB_CLOSE_DELAY=-1",
                "dunning.audit.commit-delay=1h", "dunning.audit.commit-timeout=3s"})
class DecisionLogCommitTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    DataSource dataSource;

    @Test
    void aDecisionThatCannotBeLoggedIsNotAnsweredAndItsRetryIsDecidedOnce() {
        String request = Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "outage-1");
        Switchable database = (Switchable) dataSource;
        database.down = true;
        ResponseEntity<String> refused;
        try {
            refused = new DecisionCalls(http).post("billing", request);
        } finally {
            database.down = false;
        }
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(refused.getBody()).contains("decision-log-unavailable");

        assertThat(new DecisionCalls(http).post("billing", request).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from audit_entry where request_id = 'outage-1'", Integer.class)).isEqualTo(1);
    }

    @Test
    void decisionsMadeOneAfterAnotherDoNotWaitForTheCommitDelay() {
        for (int i = 1; i <= 3; i++) {
            String request = Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "alone-" + i);
            assertThat(new DecisionCalls(http).post("billing", request).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from audit_entry where request_id like 'alone-%'", Integer.class)).isEqualTo(3);
    }

    static final class Switchable extends DelegatingDataSource {
        volatile boolean down;

        Switchable(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down) {
                throw new SQLTransientConnectionException("Connection refused (the test took the database down)");
            }
            return super.getConnection();
        }
    }

    @TestConfiguration
    static class Outage {
        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !(bean instanceof Switchable) ? new Switchable(ds) : bean;
                }
            };
        }
    }
}
