package dev.dunning.rules.compiler;

import dev.dunning.benchmarks.PolicyDirectory;
import dev.dunning.rules.pack.PolicyPack;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.scenarios.RuleSetVerification;
import dev.dunning.rules.scenarios.RuleSetVerifier;
import dev.dunning.rules.scenarios.ScenarioRunner;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the DRL policy profile costs against the validation it is part of, on the default pack: the profile's check
 * of the pack's DRL files alone, and the whole validation an analyst runs ({@code ./dunning policy validate}, the
 * upload's check: compile in the sandbox, table analysis, every scenario). In this package because the profile is
 * internal to the compiler. {@code ./dunning profile-cost-run} prints the ratio.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@State(Scope.Benchmark)
public class ProfileCostBenchmark {
    private RuleSetSource pack;
    private Map<String, String> drlFiles;
    private RuleSetVerifier verifier;

    @Setup
    public void setUp() {
        pack = PolicyPack.fromDirectory(PolicyDirectory.resolve());
        drlFiles = pack.filesEndingWith(".drl");
        verifier = new RuleSetVerifier(new RuleSetCompiler(),
                new ScenarioRunner(new DecisionPipeline(ZoneId.of("Asia/Shanghai"))));
        if (!new DrlProfile().check(drlFiles).problems().isEmpty() || !validation().compiles()) {
            throw new IllegalStateException("The default pack must pass the profile and compile to be measured");
        }
    }

    @Benchmark
    public DrlProfile.Outcome profile() {
        return new DrlProfile().check(drlFiles);
    }

    @Benchmark
    public RuleSetVerification validation() {
        return verifier.verify(pack);
    }
}
