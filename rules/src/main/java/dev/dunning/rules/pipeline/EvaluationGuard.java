package dev.dunning.rules.pipeline;

import dev.dunning.rules.decision.RuleSetRef;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Keeps the rule evaluation of one decision within its {@link EvaluationLimits}. Before every firing it counts the
 * firing and looks at the clock (and whether the thread was interrupted, as an abandoned verification interrupts its
 * worker); past a limit it refuses the firing and halts the session, and the caller gets a
 * {@link RuleSetLimitExceeded} naming the rule set and the rule. A single rule's matching between two firings cannot be
 * interrupted: the policy profile and the request bounds keep that short. Not thread-safe: one per decision.
 */
public final class EvaluationGuard implements AgendaFilter {
    private final EvaluationLimits limits;
    private final RuleSetRef ruleSet;
    private final long started = System.nanoTime();
    private int firings;
    private Rule lastFired;
    private KieSession session;
    private RuleSetLimitExceeded exceeded;

    private EvaluationGuard(EvaluationLimits limits, RuleSetRef ruleSet) {
        this.limits = limits;
        this.ruleSet = ruleSet;
    }

    /** Starts the clock of one decision's evaluation with {@code ruleSet}. */
    public static EvaluationGuard start(EvaluationLimits limits, RuleSetRef ruleSet) {
        return new EvaluationGuard(limits, ruleSet);
    }

    /** Fires the rules of {@code session} within the limits; returns the number fired, or throws past a limit. */
    public int fire(KieSession session) {
        this.session = session;
        int before = firings;
        session.fireAllRules(this);
        check();
        return firings - before;
    }

    /** Throws when a limit was exceeded, or the time budget is spent (after a stage that fires no rules). */
    public void check() {
        if (exceeded == null) {
            exceeded = overTime(lastFired, "the last rule to fire was");
        }
        if (exceeded != null) {
            throw exceeded;
        }
    }

    /** The rule that fired last, as its id and name ({@code null}: none yet). */
    public String lastFired() {
        return lastFired == null ? null : RuleNames.of(lastFired);
    }

    @Override
    public boolean accept(Match match) {
        if (exceeded == null) {
            exceeded = firings >= limits.maxFirings() ? overFirings(match.getRule())
                    : overTime(match.getRule(), "rule about to fire:");
        }
        if (exceeded != null) {
            session.halt();
            return false;
        }
        firings++;
        lastFired = match.getRule();
        return true;
    }

    private RuleSetLimitExceeded overFirings(Rule next) {
        return new RuleSetLimitExceeded(prefix() + "stopped after " + firings + " rule firings, the limit for one decision;"
                + " rule about to fire again: " + RuleNames.of(next), ruleSet, RuleNames.of(next), "max-firings");
    }

    private RuleSetLimitExceeded overTime(Rule rule, String which) {
        if (Thread.currentThread().isInterrupted()) {
            return new RuleSetLimitExceeded(prefix() + "evaluation abandoned (interrupted) after " + firings
                    + " rule firings; " + which + " " + RuleNames.of(rule), ruleSet, RuleNames.of(rule), "abandoned");
        }
        long elapsed = System.nanoTime() - started;
        if (elapsed <= limits.timeBudget().toNanos()) {
            return null;
        }
        return new RuleSetLimitExceeded(prefix() + "stopped after " + elapsed / 1_000_000 + " ms and " + firings
                + " rule firings, over the time budget of " + limits.timeBudget().toMillis() + " ms for one decision; "
                + which + " " + RuleNames.of(rule), ruleSet, RuleNames.of(rule), "time-budget");
    }

    private String prefix() {
        return "Rule set " + ruleSet.version() + " (" + ruleSet.hash() + ") ";
    }
}
