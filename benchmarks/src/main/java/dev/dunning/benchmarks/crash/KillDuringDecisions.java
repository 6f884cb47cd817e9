package dev.dunning.benchmarks.crash;

import dev.dunning.benchmarks.crash.Ledger.Answered;
import dev.dunning.benchmarks.crash.LogCheck.Found;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The kill -9 crash check of the decision log. Starts the service jar as a child process on a fresh data directory,
 * sends decisions with several workers, kills the service with SIGKILL in the middle of it, restarts it on the same
 * data and checks that every decision that was answered survived exactly once, that the log holds nothing that was
 * never sent, that the hash chain verifies and that retries are answered with the logged decision. Repeats for a
 * number of cycles on the same data; exits 0 only when every check passed.
 */
@Command(name = "kill-during-decisions-run", mixinStandardHelpOptions = true,
        description = "Kill -9 the service while it decides, restart it, and check the decision log lost and doubled nothing.")
public final class KillDuringDecisions implements Callable<Integer> {
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(60);

    @Option(names = "--jar", defaultValue = "decision-service/target/decision-service.jar",
            description = "The service jar (default: ${DEFAULT-VALUE}).")
    Path jar;
    @Option(names = "--data-dir", description = "Where the service keeps its H2 database and logs (default: a new temporary directory).")
    Path dataDir;
    @Option(names = "--workers", defaultValue = "8", description = "Concurrent callers (default: ${DEFAULT-VALUE}).")
    int workers;
    @Option(names = "--kill-after", defaultValue = "5", description = "Seconds of decisions before each kill (default: ${DEFAULT-VALUE}).")
    int killAfter;
    @Option(names = "--cycles", defaultValue = "3", description = "Kill/restart cycles on the same data (default: ${DEFAULT-VALUE}).")
    int cycles;
    @Option(names = "--retries", defaultValue = "20", description = "Answered requests resent after each restart (default: ${DEFAULT-VALUE}).")
    int retries;
    @Option(names = "--start-timeout", defaultValue = "180", description = "Seconds a start may take until healthy (default: ${DEFAULT-VALUE}).")
    int startTimeout;
    @Option(names = "--request", defaultValue = "docs/examples/heating-beijing.json", description = "The request sent, with its "
            + "requestId and account id replaced (default: ${DEFAULT-VALUE}).")
    Path request;
    @Option(names = "--api-key", defaultValue = "demo-billing-key-not-for-production", description = "The billing system's "
            + "API key the decisions are sent with (default: the demo key, which the service has in its profile demo, "
            + "on unless --service-arg chooses profiles).")
    String apiKey;
    @Option(names = "--auditor", defaultValue = "auditor:auditor-demo", description = "user:password that reads the log "
            + "(default: the demo auditor).")
    String auditor;
    @Option(names = "--jdbc-url", description = "The database the service is started on (default: the service's own "
            + "spring.datasource.url from the jar, with ./data/dunning moved into the data directory).")
    String jdbcUrl;
    @Option(names = "--service-arg", description = "An extra argument for the service, e.g. --service-arg=--dunning.audit.group-size=64; repeatable.")
    List<String> serviceArgs = new ArrayList<>();

    private final AtomicReference<ServiceProcess> service = new AtomicReference<>();
    private int starts;

    public static void main(String[] args) {
        System.exit(new CommandLine(new KillDuringDecisions()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(jar)) {
            System.err.printf("No service jar at %s: run ./dunning build first.%n", jar.toAbsolutePath());
            return 2;
        }
        if (!Files.isRegularFile(request)) {
            System.err.printf("No request at %s (run from the repository root, or give --request).%n", request.toAbsolutePath());
            return 2;
        }
        Path data = dataDir == null ? Files.createTempDirectory("kill-during-decisions-") : Files.createDirectories(dataDir);
        String run = Long.toString(System.currentTimeMillis(), 36);
        Requests requests = new Requests(request, run);
        Ledger ledger = new Ledger();
        System.out.printf("Kill -9 crash check of the decision log: run %s, %d cycle(s), %d workers, kill after %d s%n", run,
                cycles, workers, killAfter);
        System.out.printf("Service jar %s, data directory %s, Java %s%n", jar.toAbsolutePath(), data, ProcessHandle.current().info().command().orElse("?"));
        if (jdbcUrl == null) {
            jdbcUrl = ServiceProcess.shippedJdbcUrl(jar, data);
        }
        System.out.printf("Database %s%n", jdbcUrl);
        Runtime.getRuntime().addShutdownHook(new Thread(this::killLeftover));
        List<Found> found = new ArrayList<>();
        boolean passed;
        try {
            start(data);
            passed = cycles(data, requests, ledger, found);
            stop();
        } catch (Exception e) {
            System.out.printf("FAIL  the run stopped: %s%n", e);
            ServiceProcess current = service.get();
            if (current != null) {
                System.out.printf("      last lines of %s:%n%s%n", current.log(), current.tail(30));
            }
            passed = false;
        } finally {
            killLeftover();
            ledger.write(data);
        }
        return summary(ledger, found, data, passed && found.size() == cycles) ? 0 : 1;
    }

    private boolean cycles(Path data, Requests requests, Ledger ledger, List<Found> found) throws Exception {
        boolean passed = true;
        AtomicLong numbers = new AtomicLong();
        Random random = new Random(42);
        for (int cycle = 1; cycle <= cycles; cycle++) {
            System.out.printf("%n=== Cycle %d of %d ===%n", cycle, cycles);
            passed &= decideAndKill(requests, ledger, numbers, cycle);
            start(data);
            Found checked = new LogCheck(client(), requests, ledger, workers, random).run(cycle, retries);
            found.add(checked);
            passed &= checked.passed();
        }
        return passed;
    }

    /** Sends decisions for {@code killAfter} seconds, then kills the service with SIGKILL while they are in flight. */
    private boolean decideAndKill(Requests requests, Ledger ledger, AtomicLong numbers, int cycle) throws InterruptedException {
        ServiceProcess current = service.get();
        Traffic traffic = new Traffic(client(), requests, ledger, numbers, cycle);
        System.out.printf("Sending decisions with %d workers for %d s, then kill -9%n", workers, killAfter);
        traffic.start(workers);
        Thread.sleep(killAfter * 1000L);
        long killedAt = System.nanoTime();
        int exit = current.kill();
        traffic.stop();
        service.set(null);
        List<Answered> answered = ledger.answeredIn(cycle);
        long lastSecond = answered.stream().filter(a -> a.at() > killedAt - 1_000_000_000L).count();
        System.out.printf("Sent %d: answered %d (201: %d, 200: %d), unanswered %d %s; answered in the last second before the kill: %d%n",
                answered.size() + ledger.unansweredIn(cycle).size(), answered.size(),
                answered.stream().filter(a -> a.status() == 201).count(), answered.stream().filter(a -> a.status() == 200).count(),
                ledger.unansweredIn(cycle).size(), ledger.reasons(cycle), lastSecond);
        boolean killed = exit == ServiceProcess.KILLED_BY_SIGKILL;
        System.out.printf("%s  killed pid %d with SIGKILL: exit value %d (expected %d = 128 + 9)%n", killed ? "PASS" : "FAIL",
                current.pid(), exit, ServiceProcess.KILLED_BY_SIGKILL);
        boolean busy = !answered.isEmpty() && lastSecond > 0;
        System.out.printf("%s  decisions were being answered when the service was killed%n", busy ? "PASS" : "FAIL");
        boolean refused = ledger.unansweredIn(cycle).stream().allMatch(u -> !u.reason().startsWith("HTTP 4"));
        System.out.printf("%s  no request refused by the service (HTTP 4xx): the requests themselves are valid%n", refused ? "PASS" : "FAIL");
        return killed && busy && refused;
    }

    private void start(Path data) throws Exception {
        starts++;
        long began = System.nanoTime();
        ServiceProcess started = ServiceProcess.start(jar, data, starts, jdbcUrl, serviceArgs);
        service.set(started);
        System.out.printf("Start %d: pid %d on port %d, output in %s%n", starts, started.pid(), started.port(), started.log());
        started.awaitHealthy(client(), Duration.ofSeconds(startTimeout));
        System.out.printf("Start %d: healthy after %.1f s%n", starts, (System.nanoTime() - began) / 1e9);
    }

    /** Stops the service gracefully (SIGTERM) at the end of the run. */
    private void stop() throws InterruptedException {
        ServiceProcess current = service.getAndSet(null);
        int exit = current.stop(GRACEFUL_STOP);
        System.out.printf("%nStopped the service (pid %d) with SIGTERM: exit value %d%n", current.pid(), exit);
    }

    private CrashClient client() {
        return new CrashClient(service.get().url(), apiKey, auditor);
    }

    /** Kills a service still running: after a failure, or when this JVM is interrupted (shutdown hook). */
    private void killLeftover() {
        ServiceProcess current = service.getAndSet(null);
        if (current != null) {
            current.close();
        }
    }

    private boolean summary(Ledger ledger, List<Found> found, Path data, boolean passed) {
        System.out.printf("%n=== Summary ===%n");
        System.out.printf("%-6s %9s %11s %18s %14s %14s %16s %8s %7s%n", "cycle", "answered", "unanswered",
                "unanswered logged", "answered(all)", "entries(all)", "entriesChecked", "retries", "result");
        long answeredAll = 0;
        for (int i = 0; i < found.size(); i++) {
            int cycle = i + 1;
            Found f = found.get(i);
            answeredAll += ledger.answeredIn(cycle).size();
            System.out.printf("%-6d %9d %11d %18d %14d %14d %16d %8s %7s%n", cycle, ledger.answeredIn(cycle).size(),
                    ledger.unansweredIn(cycle).size(), f.unansweredLogged(), answeredAll, f.entries(), f.entriesChecked(),
                    f.retriesOk() + "/" + f.retries(), f.passed() ? "PASS" : "FAIL");
        }
        System.out.printf("Total: %d answered, %d unanswered; evidence in %s (answered.csv, unanswered.csv, service-*.log, dunning.mv.db)%n",
                ledger.answered().size(), ledger.unanswered().size(), data);
        System.out.println(passed ? "PASS: no answered decision lost or doubled across " + found.size() + " kill -9 cycle(s)"
                : "FAIL: see the FAIL lines above");
        return passed;
    }
}
