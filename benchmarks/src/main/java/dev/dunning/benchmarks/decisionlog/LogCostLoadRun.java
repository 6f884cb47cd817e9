package dev.dunning.benchmarks.decisionlog;

import dev.dunning.benchmarks.hotswap.ServiceClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What the decision log costs: the same closed-loop decision traffic against two running services, one logging (the
 * product) and one started with {@code dunning.audit.benchmark-without-log=true}, in alternating rounds of one run,
 * so both see the same machine. Reports decisions per second of each round and the ratio of the medians.
 */
@Command(name = "log-cost-load-run", mixinStandardHelpOptions = true,
        description = "Decisions per second with the decision log against without it, side by side.")
public final class LogCostLoadRun implements Callable<Integer> {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Option(names = "--with", defaultValue = "http://localhost:8080", description = "The service that logs (default: ${DEFAULT-VALUE}).")
    String withLog;
    @Option(names = "--without", defaultValue = "http://localhost:8081", description = "The service started without the log (default: ${DEFAULT-VALUE}).")
    String withoutLog;
    @Option(names = "--seconds", defaultValue = "20", description = "Length of each round (default: ${DEFAULT-VALUE}).")
    int seconds;
    @Option(names = "--warm-up", defaultValue = "10", description = "Seconds of traffic before the rounds, per service (default: ${DEFAULT-VALUE}).")
    int warmUp;
    @Option(names = "--rounds", defaultValue = "3", description = "Rounds per service, alternating (default: ${DEFAULT-VALUE}).")
    int rounds;
    @Option(names = "--workers", defaultValue = "32", description = "Concurrent callers (default: ${DEFAULT-VALUE}).")
    int workers;
    @Option(names = "--api-key", defaultValue = "demo-billing-key-not-for-production", description = "A billing system's API key.")
    String apiKey;
    @Option(names = "--request", defaultValue = "docs/examples/heating-beijing.json", description = "The decision request sent (default: ${DEFAULT-VALUE}).")
    Path request;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LogCostLoadRun()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        String template = Files.readString(request);
        ServiceClient logged = new ServiceClient(withLog, apiKey);
        ServiceClient unlogged = new ServiceClient(withoutLog, apiKey);
        round(logged, template, warmUp);
        round(unlogged, template, warmUp);
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int i = 1; i <= rounds; i++) {
            with.add(report("with the log   ", i, round(logged, template, seconds)));
            without.add(report("without the log", i, round(unlogged, template, seconds)));
        }
        double ratio = median(with) / median(without);
        System.out.printf("Median decisions/s: with the log %.0f, without %.0f; ratio %.2f (target >= 0.85)%n",
                median(with), median(without), ratio);
        return 0;
    }

    private double report(String which, int round, Round result) {
        double rate = result.decided() / (double) seconds;
        System.out.printf("Round %d %s: %d decisions (%.0f/s), %d failed%n", round, which, result.decided(), rate, result.failed());
        return rate;
    }

    private Round round(ServiceClient service, String template, int length) throws InterruptedException {
        AtomicLong decided = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + length * 1_000_000_000L;
        String run = Long.toString(System.nanoTime(), 36);
        AtomicLong sequence = new AtomicLong();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            for (int i = 0; i < workers; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        String body = template.replace("BJ-0001-2026-12-20", "cost-" + run + "-" + sequence.incrementAndGet());
                        int status = service.decide(body, OffsetDateTime.now(SHANGHAI)).status();
                        (status == 201 ? decided : failed).incrementAndGet();
                    }
                    return null;
                });
            }
        }
        return new Round(decided.get(), failed.get());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private record Round(long decided, long failed) {
    }
}
