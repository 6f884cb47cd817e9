package dev.dunning.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the {@link PipelineBenchmark}s in one go (throughput mode, 10 warm-up iterations unless {@code -wi} says
 * otherwise; JMH options such as {@code -f -wi -w -i -r} pass through) and prints the in-process ratios: the sum of
 * the parts' time over the full decision's (target at least 0.8), two threads' throughput over one's (target at least
 * 1.7), and full decisions per second.
 */
public final class InProcessRatios {
    static final double PARTS_TARGET = 0.8;
    static final double THREADS_TARGET = 1.7;
    /** The full decision runs far more code than its parts: 5 x 4 s of warm-up left it still speeding up (2 cores). */
    private static final int DEFAULT_WARMUP_ITERATIONS = 10;
    private static final String BENCHMARKS = "fullDecision|fullDecisionTwoThreads|drlOnly|dmnOnly|riskScoreOnly";

    private InProcessRatios() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        ChainedOptionsBuilder builder = new OptionsBuilder().parent(cli)
                .include(PipelineBenchmark.class.getName() + "\\.(" + BENCHMARKS + ")$")
                .mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS);
        if (!cli.getWarmupIterations().hasValue()) {
            builder.warmupIterations(DEFAULT_WARMUP_ITERATIONS);
        }
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> perSecond = results.stream().collect(Collectors.toMap(
                r -> r.getParams().getBenchmark().substring(PipelineBenchmark.class.getName().length() + 1),
                r -> r.getPrimaryResult().getScore()));
        System.out.println(summary(perSecond));
    }

    /** The summary of throughputs in operations per second, by benchmark method name. */
    static String summary(Map<String, Double> perSecond) {
        double full = micros(perSecond, "fullDecision");
        double drl = micros(perSecond, "drlOnly");
        double dmn = micros(perSecond, "dmnOnly");
        double risk = micros(perSecond, "riskScoreOnly");
        double parts = (drl + dmn + risk) / full;
        double threads = perSecond.get("fullDecisionTwoThreads") / perSecond.get("fullDecision");
        return String.format("""

                In process, complete policy pack, µs per operation (1 / throughput):
                  full decision %.1f = DRL only %.1f + DMN only %.1f + risk score only %.1f (sum %.1f) + the rest
                SUMMARY in-process: parts/full %.2f (target >= %.1f, %s); two threads/one %.2f (target >= %.1f, %s); \
                full decisions/s %,.0f on one thread, %,.0f on two""", full, drl, dmn, risk, drl + dmn + risk,
                parts, PARTS_TARGET, verdict(parts >= PARTS_TARGET), threads, THREADS_TARGET,
                verdict(threads >= THREADS_TARGET), perSecond.get("fullDecision"), perSecond.get("fullDecisionTwoThreads"));
    }

    static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static double micros(Map<String, Double> perSecond, String benchmark) {
        return 1e6 / perSecond.get(benchmark);
    }
}
