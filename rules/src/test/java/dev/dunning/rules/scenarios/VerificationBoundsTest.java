package dev.dunning.rules.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dunning.rules.DefaultPolicyPack;
import dev.dunning.rules.compiler.CompileProblem;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.pipeline.EvaluationLimits;
import dev.dunning.rules.pipeline.HostileRuleSets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Checking a rule set is bounded: one over a size limit is refused before anything is compiled, with the file, the
 * line when known and the limit; one whose scenarios run past the time budget is abandoned and refused; a full pool
 * answers busy at once. The default pack fits the default limits five times over.
 */
class VerificationBoundsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final VerificationLimits DEFAULTS = VerificationLimits.DEFAULTS;
    /** Rules that never stop (SPIN-1, ECHO-1, GROW-1), and a scenario that sets off the echo. */
    private static final Map<String, String> ECHO = Map.of("hostile/runaway.drl", HostileRuleSets.RUNAWAY,
            "hostile/echo.scenarios.yaml", """
            defaults:
              asOf: "2026-11-20T10:00:00+08:00"
              account: { id: ECHO-1, utility: ELECTRICITY, region: CN-ZJ, customerType: RESIDENTIAL }
            scenarios:
              - name: Echoes for ever
                expect: { escalation.step: NONE }
            """);

    @Test
    void theDefaultPackFitsTheDefaultLimitsFiveTimesOver() {
        VerificationLimits fifth = new VerificationLimits(DEFAULTS.maxFiles() / 5, DEFAULTS.maxFileSize() / 5,
                DEFAULTS.maxTotalSize() / 5, DEFAULTS.maxRules() / 5, DEFAULTS.maxScenarios() / 5,
                DEFAULTS.timeBudget(), 1, 1);
        assertThat(new SourceLimits(fifth).check(DefaultPolicyPack.SOURCE)).isEmpty();
    }

    @Test
    void tooManyFilesAreRefusedNamingTheFirstFileOverTheLimit() {
        var source = RuleSetSource.of("many", Map.of("a.yaml", "a: 1", "b.yaml", "b: 1", "c.yaml", "c: 1"));
        assertThat(check(limits(2, 1000, 1000, 10, 10), source)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("c.yaml");
            assertThat(problem.message()).contains("3 files", "max-files of 2 files");
        });
    }

    @Test
    void aFileOverTheByteLimitIsRefusedByName() {
        var source = RuleSetSource.of("big", Map.of("big.yaml", "x: " + "y".repeat(200), "small.yaml", "x: 1"));
        assertThat(check(limits(10, 100, 10_000, 10, 10), source)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("big.yaml");
            assertThat(problem.message()).contains("203 bytes", "max-file-size of 100 bytes per file");
        });
    }

    @Test
    void filesOverTheTotalByteLimitAreRefusedAtTheLargestFile() {
        var source = RuleSetSource.of("big", Map.of("a.yaml", "x: " + "y".repeat(60), "b.yaml", "x: " + "y".repeat(40),
                "c.yaml", "x: 1"));
        assertThat(check(limits(10, 100, 100, 10, 10), source)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("a.yaml");
            assertThat(problem.message()).contains("110 bytes in all", "max-total-size of 100 bytes in all");
        });
    }

    @Test
    void tooManyRulesAreRefusedAtTheFirstRuleOverTheLimitWithItsLine() {
        String drl = "package policy.many;\nimport dev.dunning.rules.request.Account;\n"
                + "rule \"One\" when Account( ) then end\n\nrule \"Two\" when Account( ) then end\n"
                + "rule \"Three\" when Account( ) then end\n";
        var source = RuleSetSource.of("rules", Map.of("many/a.drl", drl));
        assertThat(check(limits(10, 1000, 1000, 2, 10), source)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("many/a.drl");
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.message()).contains("rule \"Three\" is rule 3", "max-rules of 2 rules");
        });
    }

    @Test
    void tooManyScenariosAreRefusedAtTheFileThatCrossesTheLimit() {
        String three = "scenarios:\n  - name: a\n  - name: b\n  - name: c\n";
        var source = RuleSetSource.of("scenarios", Map.of("a.scenarios.yaml", three, "b.scenarios.yaml", three));
        assertThat(check(limits(10, 1000, 1000, 10, 5), source)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("b.scenarios.yaml");
            assertThat(problem.message()).contains("6 scenarios", "max-scenarios of 5 scenarios");
        });
    }

    @Test
    void aRuleSetOverALimitIsRefusedWithoutBeingCompiled() {
        var verifier = new RuleSetVerifier(new RuleSetCompiler(), new ScenarioRunner(new DecisionPipeline(ZONE)),
                limits(10, 1000, 1000, 1, 10));
        var source = RuleSetSource.of("rules", Map.of("x.drl", "package policy.x;\nrule \"A\" when Nope( ) then end\n"
                + "rule \"B\" when Nope( ) then end\n"));
        RuleSetVerification verification = verifier.verify(source);
        assertThat(verification.compiles()).isFalse();
        assertThat(verification.problems()).singleElement().extracting(CompileProblem::message).asString().contains("max-rules");
        assertThat(verification.scenarios()).isEqualTo(ScenarioSummary.NOT_RUN);
    }

    @Test
    void scenariosThatRunPastTheTimeBudgetAreAbandonedAndRefused() throws Exception {
        VerificationLimits budget = new VerificationLimits(10, 10_000, 10_000, 10, 10, Duration.ofSeconds(3), 1, 1);
        DecisionPipeline unboundedDecisions = new DecisionPipeline(ZONE, new EvaluationLimits(Integer.MAX_VALUE,
                Duration.ofHours(1)));
        try (var pool = new VerificationPool(new RuleSetVerifier(new RuleSetCompiler(),
                new ScenarioRunner(unboundedDecisions), budget), new RuleSetCompiler())) {
            var hostile = RuleSetSource.of("echo-1", ECHO);
            assertThatThrownBy(() -> pool.verify(hostile)).isInstanceOf(VerificationTimedOut.class)
                    .hasMessageContaining("echo-1").hasMessageContaining(hostile.hash())
                    .hasMessageContaining("time budget of 3 s");
            assertThat(waitUntilIdle(pool)).as("the abandoned check stopped, freeing its worker").isZero();
        }
    }

    @Test
    void aFullPoolAnswersBusyAtOnce() throws Exception {
        VerificationLimits one = new VerificationLimits(10, 10_000, 10_000, 10, 10, Duration.ofMinutes(5), 1, 1);
        DecisionPipeline unboundedDecisions = new DecisionPipeline(ZONE, new EvaluationLimits(Integer.MAX_VALUE,
                Duration.ofHours(1)));
        try (var pool = new VerificationPool(new RuleSetVerifier(new RuleSetCompiler(),
                new ScenarioRunner(unboundedDecisions), one), new RuleSetCompiler())) {
            var hostile = RuleSetSource.of("echo-1", ECHO);
            Thread running = Thread.ofPlatform().daemon().start(() -> pool.verify(hostile));
            Thread waiting = Thread.ofPlatform().daemon().start(() -> pool.verify(hostile));
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (!(pool.running() == 1 && pool.waiting() == 1) && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(pool.waiting()).as("one check running, one waiting").isOne();
            assertThatThrownBy(() -> pool.verify(hostile)).isInstanceOf(VerificationBusy.class)
                    .hasMessageContaining("busy");
            running.interrupt();
            waiting.interrupt();
        }
    }

    /** The checks still running once they are all done, or after a minute. */
    private static int waitUntilIdle(VerificationPool pool) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (pool.running() > 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        return pool.running();
    }

    private static VerificationLimits limits(int files, long fileBytes, long totalBytes, int rules, int scenarios) {
        return new VerificationLimits(files, fileBytes, totalBytes, rules, scenarios, Duration.ofMinutes(1), 1, 1);
    }

    private static java.util.List<CompileProblem> check(VerificationLimits limits, RuleSetSource source) {
        return new SourceLimits(limits).check(new RuleSetSource(source.version(), new TreeMap<>(source.files())));
    }
}
