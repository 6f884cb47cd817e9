package dev.dunning.rules.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dunning.rules.DefaultPolicyPack;
import dev.dunning.rules.pipeline.DecisionPipeline;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario file is analyst input: a request out of bounds in it is refused with its file and line, never evaluated. */
class HostileScenariosTest {
    private static final String FILE = "hostile/hostile.scenarios.yaml";
    private static final String SCENARIOS = """
            defaults:
              asOf: "2026-12-20T10:00:00+08:00"
              account: { id: H-1, utility: HEATING, region: CN-BJ, customerType: RESIDENTIAL }
            scenarios:
              - name: an ordinary bill
                request:
                  openBills: [ { id: B-1, dueDate: "2026-11-30", principal: 1920.00 } ]
                expect: { escalation.step: SECOND_REMINDER }
              - name: a principal of one followed by half a billion zeros
                request:
                  openBills: [ { id: B-1, dueDate: "2026-11-30", principal: 1E+500000000 } ]
              - name: a bill due in the year minus 999999999
                request:
                  openBills: [ { id: B-1, dueDate: "-999999999-01-01", principal: 10 } ]
            """;

    @Test
    void aScenarioWithAHostileRequestIsRefusedWithItsFileAndLineAndNotEvaluated() {
        List<Scenario> scenarios = ScenarioFiles.read(FILE, SCENARIOS);
        assertThat(scenarios).extracting(Scenario::line).containsExactly(5, 9, 12);
        ScenarioRunner runner = new ScenarioRunner(new DecisionPipeline(ZoneId.of("Asia/Shanghai")));
        List<ScenarioResult> results = scenarios.stream().map(s -> runner.run(s, DefaultPolicyPack.compiled())).toList();

        assertThat(results.get(0).decision()).isNotNull();
        assertThat(results.get(1).decision()).as("not evaluated").isNull();
        assertThat(results.get(1).failures()).containsExactly("hostile/hostile.scenarios.yaml line 9: scenario 'a principal "
                + "of one followed by half a billion zeros' has an invalid request, not evaluated: openBills[0].principal: "
                + "must be an amount in yuan with at most 12 digits before the decimal point and 4 after it");
        assertThat(results.get(2).decision()).isNull();
        assertThat(results.get(2).failures().getFirst()).startsWith("hostile/hostile.scenarios.yaml line 12: scenario")
                .endsWith("openBills[0].dueDate: must lie between 1900-01-01 and 2200-12-31");
    }

    @Test
    void aScenarioRiskOutsideZeroToOneOrAParameterBeyondItsDigitsIsRefusedWithTheFile() {
        assertThatThrownBy(() -> ScenarioFiles.read(FILE, """
                scenarios:
                  - name: hostile risk
                    risk: { probability: 1E+500000000 }
                """)).hasMessageStartingWith(FILE + " line 2: a scenario's risk needs a probability between 0 and 1");
        assertThatThrownBy(() -> ScenarioFiles.read(FILE, """
                parameters:
                  - { name: late-fee.daily-rate, value: -1E-500000000 }
                scenarios:
                  - name: hostile parameter
                """)).hasMessage(FILE + ": scenario parameter late-fee.daily-rate must have at most 12 digits before the "
                + "decimal point and 8 after it");
    }

    @Test
    void aScenarioFileNestedDeeperThanTheReadLimitsIsNotValidYaml() {
        String deep = "scenarios: " + "[".repeat(100) + "]".repeat(100);
        assertThatThrownBy(() -> ScenarioFiles.read(FILE, deep)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(FILE + " is not valid YAML").hasMessageContaining("nesting");
        String longNumber = "scenarios: [ { name: x, risk: { probability: 0." + "1".repeat(200) + " } } ]";
        assertThatThrownBy(() -> ScenarioFiles.read(FILE, longNumber)).hasMessageStartingWith(FILE + " is not valid YAML")
                .hasMessageContaining("Number value length");
    }
}
