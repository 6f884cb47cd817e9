package dev.dunning.benchmarks.hotswap;

import dev.dunning.benchmarks.RequestBodies;
import dev.dunning.benchmarks.hotswap.ServiceClient.Decided;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The hot-swap load run: sustained decision traffic against a running service while a reviewer activates a new
 * rule-set version every few seconds. Passes when no request failed and every decision names the version that the
 * activations made effective at its {@code asOf}.
 */
@Command(name = "hot-swap-load-run", mixinStandardHelpOptions = true,
        description = "Sustained decisions against a running service while rule-set versions are activated.")
public final class HotSwapLoadRun implements Callable<Integer> {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String LADDER = "escalation/escalation-ladder.dmn";

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "The service (default: ${DEFAULT-VALUE}).")
    String url;
    @Option(names = "--seconds", defaultValue = "60", description = "How long to send traffic (default: ${DEFAULT-VALUE}).")
    int seconds;
    @Option(names = "--workers", defaultValue = "4", description = "Concurrent callers (default: ${DEFAULT-VALUE}).")
    int workers;
    @Option(names = "--swap-every", defaultValue = "5", description = "Seconds between activations (default: ${DEFAULT-VALUE}).")
    int swapEvery;
    @Option(names = "--versions", defaultValue = "3", description = "Versions to prepare and rotate (default: ${DEFAULT-VALUE}).")
    int versions;
    @Option(names = "--api-key", description = "Send decisions with this billing-system API key instead of HTTP Basic.")
    String apiKey;
    @Option(names = "--pack", defaultValue = "rules/policy", description = "The policy pack the versions vary (default: ${DEFAULT-VALUE}).")
    Path pack;
    @Option(names = "--request", defaultValue = "docs/examples/heating-beijing.json", description = "The decision request sent (default: ${DEFAULT-VALUE}).")
    Path request;

    public static void main(String[] args) {
        System.exit(new CommandLine(new HotSwapLoadRun()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ServiceClient service = new ServiceClient(url, apiKey);
        Schedule schedule = new Schedule(service.info().path("hash").asText());
        List<String> prepared = prepare(service);
        RequestBodies bodies = new RequestBodies(Files.readString(request), "load");
        System.out.printf("Sending decisions for %d s with %d workers, activating a version every %d s%n", seconds,
                workers, swapEvery);
        ConcurrentLinkedQueue<Decided> decided = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (ExecutorService pool = Executors.newFixedThreadPool(workers + 1)) {
            for (int i = 0; i < workers; i++) {
                pool.submit(() -> traffic(service, bodies, end, decided));
            }
            pool.submit(() -> activations(service, prepared, end, schedule));
        }
        return report(new ArrayList<>(decided), schedule);
    }

    /** Uploads, submits and approves the versions to rotate, and waits until the service has compiled them. */
    private List<String> prepare(ServiceClient service) throws Exception {
        List<String> hashes = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 1; i <= versions; i++) {
            hashes.add(approvedVariant(service, pack, "load run " + run + ", version " + i));
            System.out.printf("Prepared version %d: %s%n", i, hashes.getLast());
        }
        while (!compiledAll(service, hashes)) {
            Thread.sleep(200);
        }
        return hashes;
    }

    /**
     * Uploads the pack's escalation table with {@code label} in one row's description (a new version that decides as
     * the pack does), submits it as lead and approves it as reviewer; answers its hash.
     */
    static String approvedVariant(ServiceClient service, Path pack, String label) throws Exception {
        String variant = Files.readString(pack.resolve(LADDER)).replace("No open bill: nothing to collect",
                "No open bill: nothing to collect (" + label + ")");
        String hash = service.upload("lead", LADDER, variant);
        service.step("lead", hash, "submit", "{}");
        service.step("reviewer", hash, "approve", "{\"comment\":\"load run\"}");
        return hash;
    }

    static boolean compiledAll(ServiceClient service, List<String> hashes) throws Exception {
        List<String> compiled = new ArrayList<>();
        service.info().path("compiled").forEach(node -> compiled.add(node.asText()));
        return compiled.containsAll(hashes);
    }

    private static Void traffic(ServiceClient service, RequestBodies bodies, long end,
                                ConcurrentLinkedQueue<Decided> decided) throws InterruptedException {
        while (System.nanoTime() < end) {
            OffsetDateTime asOf = OffsetDateTime.now(SHANGHAI);
            decided.add(service.decide(bodies.next(asOf), asOf));
        }
        return null;
    }

    /** Every {@code swapEvery} seconds, activates the next version, effective two seconds later. */
    private Void activations(ServiceClient service, List<String> prepared, long end, Schedule schedule) throws Exception {
        int next = 0;
        while (System.nanoTime() + swapEvery * 1_000_000_000L < end) {
            Thread.sleep(swapEvery * 1000L);
            String hash = prepared.get(next++ % prepared.size());
            OffsetDateTime from = OffsetDateTime.now(SHANGHAI).plusSeconds(2);
            service.step("reviewer", hash, "activate", "{\"effectiveFrom\":\"" + from + "\",\"comment\":\"load run\"}");
            schedule.add(from.toInstant(), hash);
        }
        return null;
    }

    private int report(List<Decided> decided, Schedule schedule) {
        long failed = decided.stream().filter(d -> d.status() != 201).count();
        long wrong = decided.stream().filter(d -> d.status() == 201)
                .filter(d -> !d.hash().equals(schedule.effectiveAt(d.asOf().toInstant()))).count();
        List<Long> micros = new ArrayList<>(decided.stream().map(d -> d.nanos() / 1000).toList());
        Collections.sort(micros);
        System.out.printf("Decisions: %d in %d s (%.0f per second) by %d workers; activations: %d%n", decided.size(),
                seconds, decided.size() / (double) seconds, workers, schedule.activations() - 1);
        System.out.printf("Latency (ms): p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", percentile(micros, 50),
                percentile(micros, 95), percentile(micros, 99), percentile(micros, 100));
        System.out.printf("Versions that decided: %s%n", schedule.counts(decided));
        System.out.printf("Failed requests: %d; decisions not made by the version effective at their asOf: %d%n", failed, wrong);
        return failed == 0 && wrong == 0 ? 0 : 1;
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    /** The activations made during the run, after the version the service served when it began. */
    private static final class Schedule {
        private final List<Instant> from = Collections.synchronizedList(new ArrayList<>());
        private final List<String> hashes = Collections.synchronizedList(new ArrayList<>());

        Schedule(String initial) {
            add(Instant.EPOCH, initial);
        }

        void add(Instant effectiveFrom, String hash) {
            synchronized (this) {
                from.add(effectiveFrom);
                hashes.add(hash);
            }
        }

        synchronized String effectiveAt(Instant moment) {
            String effective = hashes.getFirst();
            for (int i = 0; i < from.size(); i++) {
                if (!from.get(i).isAfter(moment)) {
                    effective = hashes.get(i);
                }
            }
            return effective;
        }

        int activations() {
            return hashes.size();
        }

        String counts(List<Decided> decided) {
            return decided.stream().filter(d -> d.hash() != null)
                    .collect(Collectors.groupingBy(d -> d.hash().substring(0, 12), TreeMap::new, Collectors.counting()))
                    .toString();
        }
    }
}
