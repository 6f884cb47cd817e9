package dev.dunning.rules.scenarios;

import dev.dunning.rules.decision.Decision;
import java.util.List;

/** What one scenario produced: its decision (absent when evaluation failed) and each expectation it missed. */
public record ScenarioResult(Scenario scenario, Decision decision, List<String> failures) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
