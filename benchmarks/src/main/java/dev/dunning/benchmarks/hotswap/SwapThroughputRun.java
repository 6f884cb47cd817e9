package dev.dunning.benchmarks.hotswap;

import dev.dunning.benchmarks.RequestBodies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What a rule-set swap costs the traffic: sustained closed-loop decisions against a running service while, now and
 * then, a new version is uploaded, submitted, approved, compiled in the background and activated (effective at once).
 * For each swap it compares the decisions answered per second during the activation (from the call until 1 s after
 * the new version's first decision) and during the whole change (from the upload until that first decision) with
 * those of the 10 s before the upload, counts failed requests, and measures how long after the activation call
 * returned the first decision by the new version was answered.
 */
@Command(name = "hot-swap-ratio-run", mixinStandardHelpOptions = true,
        description = "Throughput during rule-set swaps against the 10 s before each, errors, and time until in force.")
public final class SwapThroughputRun implements Callable<Integer> {
    static final double THROUGHPUT_TARGET = 0.5;
    static final long IN_FORCE_TARGET_MS = 1000;
    private static final long SECOND = 1_000_000_000L;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "The service (default: ${DEFAULT-VALUE}).")
    String url;
    @Option(names = "--api-key", defaultValue = "demo-billing-key-not-for-production", description = "A billing system's API key.")
    String apiKey;
    @Option(names = "--workers", defaultValue = "16", description = "Concurrent callers (default: ${DEFAULT-VALUE}).")
    int workers;
    @Option(names = "--warm-up", defaultValue = "60", description = "Seconds of traffic before the first swap (default: ${DEFAULT-VALUE}).")
    int warmUp;
    @Option(names = "--before", defaultValue = "10", description = "Seconds of traffic measured before each swap (default: ${DEFAULT-VALUE}).")
    int before;
    @Option(names = "--swaps", defaultValue = "3", description = "Swaps (default: ${DEFAULT-VALUE}).")
    int swaps;
    @Option(names = "--pack", defaultValue = "rules/policy", description = "The policy pack the versions vary (default: ${DEFAULT-VALUE}).")
    Path pack;
    @Option(names = "--request", defaultValue = "docs/examples/heating-beijing.json", description = "The decision request sent (default: ${DEFAULT-VALUE}).")
    Path request;

    /** One answered call: when it was sent and answered (System.nanoTime), its status and the deciding rule set. */
    record Call(long sent, long answered, int status, String hash) {
    }

    /**
     * One swap (System.nanoTime): upload started; submitted and approved; compiled in the background (the activation
     * is called then); activation returned; first decision by the new version answered.
     */
    record Swap(String hash, long started, long approved, long compiled, long activated, long inForce) {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SwapThroughputRun()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ServiceClient service = new ServiceClient(url, apiKey);
        RequestBodies bodies = new RequestBodies(Files.readString(request), "swap");
        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            callers.add(Thread.ofPlatform().daemon().start(() -> traffic(service, bodies, calls)));
        }
        System.out.printf("%d callers; warm-up %d s, then %d swaps, each after %d s of measured traffic%n", workers,
                warmUp, swaps, before);
        Thread.sleep(warmUp * 1000L);
        List<Swap> done = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 1; i <= swaps; i++) {
            Thread.sleep(before * 1000L);
            done.add(swap(service, "swap run " + run + ", swap " + i, calls));
        }
        Thread.sleep(2000); // traffic for the last swap's window, which ends 1 s after its version is in force
        callers.forEach(Thread::interrupt);
        for (Thread caller : callers) {
            caller.join();
        }
        return report(new ArrayList<>(calls), done);
    }

    private void traffic(ServiceClient service, RequestBodies bodies, ConcurrentLinkedQueue<Call> calls) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long sent = System.nanoTime();
                OffsetDateTime asOf = OffsetDateTime.now(HotSwapLoadRun.SHANGHAI);
                ServiceClient.Decided decided = service.decide(bodies.next(asOf), asOf);
                calls.add(new Call(sent, System.nanoTime(), decided.status(), decided.hash()));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Swap swap(ServiceClient service, String label, ConcurrentLinkedQueue<Call> calls) throws Exception {
        long started = System.nanoTime();
        String hash = HotSwapLoadRun.approvedVariant(service, pack, label);
        long approved = System.nanoTime();
        while (!HotSwapLoadRun.compiledAll(service, List.of(hash))) {
            Thread.sleep(20);
        }
        long compiled = System.nanoTime();
        service.step("reviewer", hash, "activate", "{\"comment\":\"swap run\"}");
        long activated = System.nanoTime();
        long deadline = activated + 30 * SECOND;
        while (System.nanoTime() < deadline) {
            long first = calls.stream().filter(c -> hash.equals(c.hash())).mapToLong(Call::answered).min().orElse(-1);
            if (first > 0) {
                return new Swap(hash, started, approved, compiled, activated, first);
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("No decision by " + hash + " within 30 s of its activation");
    }

    private int report(List<Call> calls, List<Swap> swaps) {
        double worstActivation = Double.MAX_VALUE;
        double worstChange = Double.MAX_VALUE;
        long worstInForce = Long.MIN_VALUE;
        for (int i = 0; i < swaps.size(); i++) {
            Swap swap = swaps.get(i);
            double beforeRate = rate(calls, swap.started() - before * SECOND, swap.started());
            double activation = rate(calls, swap.compiled(), swap.inForce() + SECOND) / beforeRate;
            double change = rate(calls, swap.started(), swap.inForce()) / beforeRate;
            long inForceMs = (swap.inForce() - swap.activated()) / 1_000_000;
            long until = i + 1 < swaps.size() ? swaps.get(i + 1).started() : Long.MAX_VALUE;
            long stale = calls.stream().filter(c -> c.sent() > swap.activated() && c.sent() < until)
                    .filter(c -> c.status() == 201 && !swap.hash().equals(c.hash())).count();
            System.out.printf("Swap %d to %s: %.0f decisions/s in the %d s before the upload; upload, submit, approve "
                            + "%.2f s, background compile %.2f s, activation call %d ms; new version's first decision "
                            + "answered %d ms after the activation returned (negative: before its answer arrived); "
                            + "throughput ratio during the activation (call to 1 s after in force) %.2f, from upload to "
                            + "in force %.2f; decisions by another version sent after the activation returned: %d%n",
                    i + 1, swap.hash().substring(0, 12), beforeRate, before, (swap.approved() - swap.started()) / 1e9,
                    (swap.compiled() - swap.approved()) / 1e9, (swap.activated() - swap.compiled()) / 1_000_000,
                    inForceMs, activation, change, stale);
            worstActivation = Math.min(worstActivation, activation);
            worstChange = Math.min(worstChange, change);
            worstInForce = Math.max(worstInForce, inForceMs);
        }
        long failed = calls.stream().filter(c -> c.status() != 201).count();
        System.out.println(summary(swaps.size(), calls.size(), worstActivation, worstChange, failed, worstInForce));
        return failed == 0 && worstActivation >= THROUGHPUT_TARGET && worstInForce < IN_FORCE_TARGET_MS ? 0 : 1;
    }

    static String summary(int swaps, int calls, double activation, double change, long failed, long inForceMs) {
        return String.format("SUMMARY hot-swap: %d swaps, %,d decisions; throughput during the activation / the 10 s "
                        + "before: lowest %.2f (target >= %.1f, %s) [from upload to in force: %.2f]; failed requests %d "
                        + "(target 0, %s); new version in force after the activation returned: at most %d ms "
                        + "(target < %d ms, %s)", swaps, calls, activation, THROUGHPUT_TARGET,
                verdict(activation >= THROUGHPUT_TARGET), change, failed, verdict(failed == 0), inForceMs,
                IN_FORCE_TARGET_MS, verdict(inForceMs < IN_FORCE_TARGET_MS));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static double rate(List<Call> calls, long from, long to) {
        return answered(calls, from, to) / ((to - from) / 1e9);
    }

    private static long answered(List<Call> calls, long from, long to) {
        return calls.stream().filter(c -> c.answered() >= from && c.answered() < to).count();
    }
}
