package dev.dunning.rules.scenarios;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How a rule set's own scenarios went: how many ran and passed, each failed scenario with what it missed, and the
 * coverage gaps: DRL rules no scenario fired (safeguards excepted) and decision-table rows no scenario matched.
 * Green means scenarios ran and all passed: a rule set without scenarios is not green.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScenarioSummary(int total, int passed, List<ScenarioFailure> failures, List<String> rulesNeverFired,
                              List<String> rowsNeverMatched) {

    public static final ScenarioSummary NOT_RUN = new ScenarioSummary(0, 0, List.of(), List.of(), List.of());

    @JsonProperty("green")
    public boolean green() {
        return total > 0 && failures.isEmpty();
    }

    /** A scenario that failed: its file and name, and each expectation it missed. */
    public record ScenarioFailure(String file, String scenario, List<String> failures) {
    }
}
