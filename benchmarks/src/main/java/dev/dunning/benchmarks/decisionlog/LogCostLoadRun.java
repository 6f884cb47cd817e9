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
 * so both see the same machine. Reports, for each round, decisions per second and the CPU time each service's process
 * used per decision (read from its {@code process.cpu.time} metric), then the ratio of the median rates and the
 * median of the rounds' ratios.
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
    @Option(names = "--warm-up", defaultValue = "120", description = "Seconds of traffic to each service, one after the other, before the rounds (default: ${DEFAULT-VALUE}).")
    int warmUp;
    @Option(names = "--rounds", defaultValue = "8", description = "Rounds per service, alternating (default: ${DEFAULT-VALUE}).")
    int rounds;
    @Option(names = "--workers", defaultValue = "32", description = "Concurrent callers (default: ${DEFAULT-VALUE}).")
    int workers;
    @Option(names = "--api-key", defaultValue = "demo-billing-key-not-for-production", description = "A billing system's API key.")
    String apiKey;
    @Option(names = "--request", defaultValue = "docs/examples/heating-beijing.json", description = "The decision request sent (default: ${DEFAULT-VALUE}).")
    Path request;
    @Option(names = "--metrics-user", defaultValue = "admin", description = "A demo user allowed to read /actuator/metrics (default: ${DEFAULT-VALUE}).")
    String metricsUser;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LogCostLoadRun()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        String template = Files.readString(request);
        ServiceClient logged = new ServiceClient(withLog, apiKey);
        ServiceClient unlogged = new ServiceClient(withoutLog, apiKey);
        warmUp(logged, unlogged, template);
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int i = 1; i <= rounds; i++) {
            // ABBA order: a drift of the machine during the run favours neither service.
            boolean withFirst = i % 2 == 1;
            Measured first = measured(withFirst ? logged : unlogged, template);
            Measured second = measured(withFirst ? unlogged : logged, template);
            with.add(report("with the log   ", i, withFirst ? first : second));
            without.add(report("without the log", i, withFirst ? second : first));
            ratios.add(with.getLast() / without.getLast());
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        System.out.printf("Median decisions/s: with the log %.0f, without %.0f; ratio %.2f; the rounds' ratios: median "
                + "%.2f, range %.2f-%.2f (target >= 0.85)%n", median(with), median(without),
                median(with) / median(without), median(ratios), sorted.getFirst(), sorted.getLast());
        return 0;
    }

    /**
     * Each service alone in turn, at full load: a service's JIT compiler competes with the load for the two cores, and
     * it takes minutes of traffic before a decision costs what it will cost. A service warmed first stays warm while the
     * other warms.
     */
    private void warmUp(ServiceClient logged, ServiceClient unlogged, String template) throws Exception {
        System.out.printf("Warm-up, %d s each: %d decisions with the log, then %d without%n", warmUp,
                round(logged, template, warmUp).decided(), round(unlogged, template, warmUp).decided());
    }

    private Measured measured(ServiceClient service, String template) throws Exception {
        double cpuBefore = service.processCpuNanos(metricsUser);
        Round round = round(service, template, seconds);
        return new Measured(round, service.processCpuNanos(metricsUser) - cpuBefore);
    }

    private double report(String which, int round, Measured result) {
        long decided = result.round().decided();
        double rate = decided / (double) seconds;
        System.out.printf("Round %d %s: %d decisions (%.0f/s), %d failed, service CPU %.0f µs per decision%n", round,
                which, decided, rate, result.round().failed(), result.cpuNanos() / 1000 / Math.max(decided, 1));
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

    private record Measured(Round round, double cpuNanos) {
    }
}
