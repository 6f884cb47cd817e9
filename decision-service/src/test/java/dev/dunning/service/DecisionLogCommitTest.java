package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import dev.dunning.service.audit.DecisionsLogged;
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
 * than a caller waits for its commit), but never when no other decision is under way. A group that fails with an
 * {@link Error} fails its callers only: the writer goes on committing the next.
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

    @Test
    void theWriterKeepsCommittingAfterAGroupFailsWithAStackOverflow() {
        String poisoned = Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "poison-1");
        ResponseEntity<String> refused = new DecisionCalls(http).post("billing", poisoned);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getBody()).contains("decision-log-unavailable");

        String next = Examples.heatingBeijing().replace("BJ-0001-2026-12-20", "after-poison-1");
        assertThat(new DecisionCalls(http).post("billing", next).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from audit_entry where request_id in ('poison-1', 'after-poison-1')", Integer.class))
                .isEqualTo(1);
        assertThat(Thread.getAllStackTraces().keySet()).anySatisfy(thread -> {
            assertThat(thread.getName()).isEqualTo("decision-log-writer");
            assertThat(thread.isAlive()).isTrue();
        });
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
        /** Throws a {@link StackOverflowError} inside the log's transaction, on its writer thread, for one request id. */
        @Bean
        DecisionsLogged poison() {
            return decisions -> {
                if (decisions.stream().anyMatch(d -> d.requestId().startsWith("poison-"))) {
                    throw new StackOverflowError("thrown by the test in the decision log's writer");
                }
            };
        }

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
