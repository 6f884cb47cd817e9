package dev.dunning.service.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dunning.rules.decision.Charges;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.Escalation;
import dev.dunning.rules.decision.EscalationAction;
import dev.dunning.rules.decision.Money;
import dev.dunning.rules.decision.RuleSetRef;
import dev.dunning.rules.decision.Trace;
import dev.dunning.rules.request.EscalationStep;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;

/** The Flyway schema matches the entity, and the database itself refuses a second decision for one request id. */
@DataJpaTest
class DecisionRecordsTest {
    @Autowired
    DecisionRecords records;

    @Test
    void findsADecisionByItsRequestId() {
        records.saveAndFlush(record("req-1"));
        assertThat(records.findByRequestId("req-1")).get()
                .satisfies(r -> assertThat(r.decisionJson()).isEqualTo("{}"));
        assertThat(records.findByRequestId("req-2")).isEmpty();
    }

    @Test
    void theDatabaseRefusesASecondDecisionForTheSameRequestId() {
        records.saveAndFlush(record("req-1"));
        assertThatThrownBy(() -> records.saveAndFlush(record("req-1"))).isInstanceOf(DataIntegrityViolationException.class);
    }

    private static DecisionRecord record(String requestId) {
        Decision decision = new Decision(UUID.randomUUID().toString(), requestId, "A-1",
                OffsetDateTime.parse("2026-12-20T10:00:00+08:00"), new RuleSetRef("v", "h".repeat(64)), null,
                new Charges(null, List.of(), Money.ZERO), List.of(),
                new Escalation(EscalationStep.NONE, EscalationAction.NONE, LocalDate.parse("2026-12-21"), false, null),
                null, null, new Trace(List.of(), List.of()), List.of());
        return new DecisionRecord(new StoredDecision(decision, "{}", "f".repeat(64), "{}", Instant.now()));
    }
}
