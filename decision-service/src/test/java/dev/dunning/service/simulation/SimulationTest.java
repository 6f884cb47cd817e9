package dev.dunning.service.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.datasets.portfolio.PortfolioGenerator;
import dev.dunning.datasets.portfolio.PortfolioRow;
import dev.dunning.datasets.portfolio.PortfolioSpec;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.facts.RiskAssessment;
import dev.dunning.rules.pack.PolicyPack;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.service.HostileRuleSets;
import dev.dunning.service.risk.RiskModels;
import dev.dunning.service.risk.RiskSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulation core on a small synthetic portfolio, with the residential second reminder moved from 15 to 21 days. */
class SimulationTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Path PACK = Path.of("..", "rules", "policy");
    static final DecisionPipeline PIPELINE = new DecisionPipeline(ZONE);
    static CompiledRuleSet baseline;
    static CompiledRuleSet candidate;
    static List<DecisionRequest> portfolio;
    static RiskModels risk;

    @BeforeAll
    static void compile() {
        baseline = new RuleSetCompiler().compile(PolicyPack.fromDirectory(PACK)).orThrow();
        candidate = new RuleSetCompiler().compile(changedLadder()).orThrow();
        portfolio = new PortfolioGenerator(new PortfolioSpec(7, 600, PortfolioSpec.DEFAULT_AS_OF)).requests().toList();
        risk = new RiskModels(new RiskSettings(true, null, Path.of("target")), new SimpleMeterRegistry());
    }

    static dev.dunning.rules.compiler.RuleSetSource changedLadder() {
        Map<String, String> files = new HashMap<>(PolicyPack.fromDirectory(PACK).files());
        files.computeIfPresent("escalation/escalation-ladder.dmn", (path, dmn) -> dmn.replace(
                "<inputEntry id=\"ladder-second-reminder-res-in3\"><text>&gt;= 15</text>",
                "<inputEntry id=\"ladder-second-reminder-res-in3\"><text>&gt;= 21</text>"));
        return PolicyPack.fromFiles(files);
    }

    static SimulationSummary simulate(List<Comparison> changes) {
        Stream<PortfolioRow> rows = Stream.concat(portfolio.stream().map(r -> new PortfolioRow.Accepted(2, r)),
                Stream.of(new PortfolioRow.Rejected(999, "utility: STEAM is not a utility", List.of())));
        return new Simulation(PIPELINE, risk::assess, baseline, candidate, new SimulationSettings(ZONE, 2, 10))
                .run(rows::iterator, changes::add, done -> { });
    }

    @Test
    void countsStepChangesAndTheTransitionMatrixAsDecidingEachAccountTwiceDoes() {
        long[][] expected = new long[9][9];
        long changedSteps = 0;
        for (DecisionRequest request : portfolio) {
            RiskAssessment score = risk.assess(request);
            Decision before = PIPELINE.decide(request, baseline, score);
            Decision after = PIPELINE.decide(request, candidate, score);
            expected[before.escalation().step().ordinal()][after.escalation().step().ordinal()]++;
            changedSteps += before.escalation().step() == after.escalation().step() ? 0 : 1;
        }
        List<Comparison> changes = new ArrayList<>();
        SimulationSummary summary = simulate(changes);

        assertThat(changedSteps).as("the changed row moves some accounts").isPositive();
        assertThat(summary.transitions()).isDeepEqualTo(expected);
        assertThat(summary.changesByKind().get(Difference.STEP)).isEqualTo(changedSteps);
        assertThat(summary.accounts()).isEqualTo(portfolio.size());
        assertThat(summary.rejected()).isOne();
        assertThat(summary.problems()).containsExactly("line 999 rejected: utility: STEAM is not a utility");
        assertThat(summary.changed()).isEqualTo(changes.size()).isGreaterThanOrEqualTo(changedSteps);
        assertThat(summary.sample()).hasSize((int) Math.min(10, summary.changed()))
                .allSatisfy(c -> assertThat(c.candidate().matchedRows()).isNotEqualTo(c.baseline().matchedRows()));
        assertThat(summary.candidate().hash()).isEqualTo(candidate.hash());
    }

    @Test
    void aCandidateWhoseRuleOverflowsTheStackFailsEachAccountAndTheSimulationCompletes() {
        CompiledRuleSet overflowing = HostileRuleSets.withOnlyDrl(baseline, "deep-1", HostileRuleSets.STACK_OVERFLOW);
        List<DecisionRequest> few = portfolio.subList(0, 20);
        SimulationSummary summary = new Simulation(PIPELINE, risk::assess, baseline, overflowing,
                new SimulationSettings(ZONE, 2, 10)).run(few.stream().map(r -> (PortfolioRow) new PortfolioRow.Accepted(2, r))
                .toList(), c -> { }, done -> { });
        assertThat(summary.failed()).isEqualTo(few.size());
        assertThat(summary.problems()).first().asString().contains("could not be decided", "StackOverflowError", "H-DEEP");
    }

    @Test
    void theReportShowsTheMatrixAndChartsAndNoCustomerNameUnmasked() {
        SimulationSummary summary = simulate(new ArrayList<>());
        String html = SimulationReport.html(summary);

        assertThat(html).contains("Transition matrix of steps", "<td class=\"changed\">", "data:image/png;base64,",
                "<th>SECOND_REMINDER</th>", candidate.hash());
        assertThat(summary.sample()).isNotEmpty();
        for (DecisionRequest request : portfolio) {
            assertThat(html).doesNotContain(request.account().name());
        }
        assertThat(html).contains(summary.sample().getFirst().maskedName());
    }
}
