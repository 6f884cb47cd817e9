package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.FiredRule;
import dev.dunning.rules.pack.Json;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.EscalationStep;
import java.time.ZoneId;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The safeguards of protections/escalation-limits.drl hold even when an analyst breaks the ladder table: here the
 * table is edited to propose restriction at the first reminder, and restriction without human review.
 */
class EscalationSafeguardsTest {
    private static final String LADDER = "escalation/escalation-ladder.dmn";
    private static final DecisionPipeline PIPELINE = new DecisionPipeline(ZoneId.of("Asia/Shanghai"));

    @Test
    void aTableThatRestrictsWithoutDemandNoticeIsHeldAndSentToAPerson() {
        CompiledRuleSet broken = withLadderEdit("<outputEntry id=\"ladder-first-reminder-out1\"><text>\"FIRST_REMINDER\"",
                "<outputEntry id=\"ladder-first-reminder-out1\"><text>\"RESTRICTION\"");
        Decision decision = PIPELINE.decide(request("[]"), broken);
        assertThat(decision.escalation().step()).isEqualTo(EscalationStep.NONE);
        assertThat(decision.escalation().humanReviewRequired()).isTrue();
        assertThat(decision.escalation().limitedBy()).isEqualTo("SAFEGUARD_DEMAND_AND_CURE");
        assertThat(decision.trace().firedRules()).extracting(FiredRule::id).contains("SAFEGUARD-DEMAND-AND-CURE");
    }

    @Test
    void aTableThatRestrictsWithoutHumanReviewGetsOne() {
        CompiledRuleSet broken = withLadderEdit("<outputEntry id=\"ladder-restriction-out4\"><text>true",
                "<outputEntry id=\"ladder-restriction-out4\"><text>false");
        Decision decision = PIPELINE.decide(request("""
                [ { "at": "2026-10-01T09:30:00+08:00", "channel": "LETTER", "step": "DEMAND_NOTICE", "delivered": true },
                  { "at": "2026-10-10T09:30:00+08:00", "channel": "FIELD_VISIT", "step": "FIELD_VISIT", "delivered": true },
                  { "at": "2026-11-12T09:30:00+08:00", "channel": "LETTER", "step": "RESTRICTION_NOTICE", "delivered": true } ]
                """), broken);
        assertThat(decision.escalation().step()).isEqualTo(EscalationStep.RESTRICTION);
        assertThat(decision.escalation().humanReviewRequired()).isTrue();
        assertThat(decision.trace().firedRules()).extracting(FiredRule::id).contains("SAFEGUARD-RESTRICTION-HUMAN-REVIEW");
    }

    private static CompiledRuleSet withLadderEdit(String from, String to) {
        TreeMap<String, String> files = new TreeMap<>(DefaultPolicyPack.SOURCE.files());
        assertThat(files.get(LADDER)).contains(from);
        files.put(LADDER, files.get(LADDER).replace(from, to));
        return new RuleSetCompiler().compile(RuleSetSource.of("broken-ladder", files)).orThrow();
    }

    private static DecisionRequest request(String contactHistory) {
        try {
            return Json.json().readValue("""
                    { "requestId": "safeguard", "asOf": "2026-11-20T10:00:00+08:00",
                      "account": { "id": "S-1", "utility": "ELECTRICITY", "region": "CN-ZJ", "customerType": "RESIDENTIAL" },
                      "openBills": [ { "id": "E-1", "dueDate": "2026-09-01", "principal": 100.00 } ],
                      "contactHistory": %s }
                    """.formatted(contactHistory), DecisionRequest.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
