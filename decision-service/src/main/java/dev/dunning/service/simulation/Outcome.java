package dev.dunning.service.simulation;

import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.EscalationAction;
import dev.dunning.rules.decision.FiredRule;
import dev.dunning.rules.decision.LateFee;
import dev.dunning.rules.decision.MatchedRow;
import dev.dunning.rules.decision.Money;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.EscalationStep;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one rule set decided for one account, as far as a comparison needs it: the step and action, the planned
 * contact, the amounts, and the trace (ids of the rules fired and the table rows matched). No name, no message text.
 */
public record Outcome(EscalationStep step, EscalationAction action, Channel channel, OffsetDateTime sendAt,
                      BigDecimal totalDue, BigDecimal lateFees, boolean protectedHousehold, List<String> firedRules,
                      List<String> matchedRows) {

    public static Outcome of(Decision decision) {
        var contact = decision.contact();
        boolean sends = contact != null && contact.send();
        return new Outcome(decision.escalation().step(), decision.escalation().action(),
                sends ? contact.channel() : null, sends ? contact.sendAt() : null,
                decision.charges().totalDue(),
                decision.charges().lateFees().stream().map(LateFee::amount).reduce(Money.ZERO, BigDecimal::add),
                !decision.protections().isEmpty(),
                decision.trace().firedRules().stream().map(FiredRule::id).toList(),
                decision.trace().matchedRows().stream().map(MatchedRow::rowId).toList());
    }

    /** What differs in {@code other}; send days are compared in {@code zone}, where the days of the rules are counted. */
    public Set<Difference> differencesTo(Outcome other, ZoneId zone) {
        Set<Difference> differences = EnumSet.noneOf(Difference.class);
        add(differences, Difference.STEP, step, other.step);
        add(differences, Difference.ACTION, action, other.action);
        add(differences, Difference.CHANNEL, channel, other.channel);
        add(differences, Difference.SEND_DAY, day(sendAt, zone), day(other.sendAt, zone));
        if (!differences.contains(Difference.SEND_DAY)) {
            add(differences, Difference.SEND_TIME, instant(sendAt), instant(other.sendAt));
        }
        if (totalDue.compareTo(other.totalDue) != 0) {
            differences.add(Difference.AMOUNT_DUE);
        }
        return differences;
    }

    private static void add(Set<Difference> differences, Difference kind, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            differences.add(kind);
        }
    }

    private static Object day(OffsetDateTime at, ZoneId zone) {
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDate();
    }

    private static Object instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
