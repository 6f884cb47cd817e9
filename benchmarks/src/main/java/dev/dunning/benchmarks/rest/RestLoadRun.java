package dev.dunning.benchmarks.rest;

import dev.dunning.benchmarks.hotswap.ServiceClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The decision endpoint against the echo endpoint of the same app ({@code dunning.benchmark.echo-endpoint=true}),
 * side by side in one run: each endpoint's maximum throughput (closed loop, saturated), then both at one fixed rate,
 * half the echo's maximum, open loop (wrk2's model, see {@link OpenLoop}), comparing their p99 latencies.
 */
@Command(name = "rest-load-run", mixinStandardHelpOptions = true,
        description = "Decision endpoint against the echo endpoint: maximum throughput, then p99 at half the echo's maximum.")
public final class RestLoadRun implements Callable<Integer> {
    static final double THROUGHPUT_TARGET = 0.8;
    static final double P99_TARGET = 1.5;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "The service (default: ${DEFAULT-VALUE}).")
    String url;
    @Option(names = "--api-key", defaultValue = "demo-billing-key-not-for-production", description = "A billing system's API key.")
    String apiKey;
    @Option(names = "--request", defaultValue = "docs/examples/heating-beijing.json", description = "The request sent (default: ${DEFAULT-VALUE}).")
    Path request;
    @Option(names = "--warm-up", defaultValue = "60", description = "Seconds of saturation per endpoint before measuring (default: ${DEFAULT-VALUE}).")
    int warmUp;
    @Option(names = "--seconds", defaultValue = "20", description = "Seconds of each saturated run (default: ${DEFAULT-VALUE}).")
    int seconds;
    @Option(names = "--workers", defaultValue = "32", description = "Callers of the saturated runs (default: ${DEFAULT-VALUE}).")
    int workers;
    @Option(names = "--rate-seconds", defaultValue = "30", description = "Seconds of each fixed-rate run (default: ${DEFAULT-VALUE}).")
    int rateSeconds;
    @Option(names = "--connections", defaultValue = "64", description = "Connections of the fixed-rate runs (default: ${DEFAULT-VALUE}).")
    int connections;
    @Option(names = "--metrics-user", defaultValue = "admin", description = "A demo user allowed to read /actuator/metrics (default: ${DEFAULT-VALUE}).")
    String metricsUser;
    @Option(names = "--rate", description = "Requests per second of the fixed-rate runs (default: half the echo's maximum).")
    Double rate;

    public static void main(String[] args) {
        System.exit(new CommandLine(new RestLoadRun()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String template = Files.readString(request);
        Endpoint echo = new Endpoint(http, URI.create(url + "/api/v1/echo"), apiKey, template);
        Endpoint decisions = new Endpoint(http, URI.create(url + "/api/v1/decisions"), apiKey, template);
        int probe = echo.status();
        if (probe != 200) {
            System.err.printf("POST /api/v1/echo answered %d: start the service with "
                    + "--dunning.benchmark.echo-endpoint=true%n", probe);
            return 2;
        }
        System.out.printf("Warm-up: %d s of each endpoint, %d callers%n", warmUp, workers);
        saturate(echo, warmUp);
        saturate(decisions, warmUp);
        ServiceClient service = new ServiceClient(url, apiKey);
        Saturated echoMax = report(measured(service, echo), echo);
        Saturated decisionMax = report(measured(service, decisions), decisions);
        double fixed = rate != null ? rate : echoMax.rate() / 2;
        System.out.printf("Fixed rate %.0f requests/s, %d s each, %d connections, latency from the intended send time%n",
                fixed, rateSeconds, connections);
        OpenLoop.Result echoAtRate = report(OpenLoop.run(fixed, rateSeconds, connections, echo, OpenLoop.Clock.SYSTEM), echo);
        OpenLoop.Result decisionsAtRate = report(OpenLoop.run(fixed, rateSeconds, connections, decisions,
                OpenLoop.Clock.SYSTEM), decisions);
        long failed = echoMax.failed() + decisionMax.failed() + echoAtRate.failed() + decisionsAtRate.failed();
        System.out.println(summary(echoMax.rate(), decisionMax.rate(), fixed, p99(echoAtRate), p99(decisionsAtRate), failed));
        return failed == 0 ? 0 : 1;
    }

    static String summary(double echoMax, double decisionMax, double fixed, double echoP99, double decisionP99, long failed) {
        double throughput = decisionMax / echoMax;
        double latency = decisionP99 / echoP99;
        return String.format("SUMMARY rest: decisions/echo throughput %,.0f/%,.0f per s = %.2f (target >= %.1f, %s); "
                        + "p99 at %,.0f per s: decisions %.1f ms / echo %.1f ms = %.2f (target <= %.1f, %s); failed requests %d",
                decisionMax, echoMax, throughput, THROUGHPUT_TARGET, throughput >= THROUGHPUT_TARGET ? "met" : "MISSED",
                fixed, decisionP99, echoP99, latency, P99_TARGET, latency <= P99_TARGET ? "met" : "MISSED", failed);
    }

    private record Saturated(long ok, long failed, double seconds, double serviceCpuNanos) {
        double rate() {
            return ok / seconds;
        }
    }

    /** Closed loop: {@code workers} callers, each sending its next request when the last is answered. */
    private Saturated saturate(Endpoint endpoint, int length) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + length * 1_000_000_000L;
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            callers.add(Thread.ofVirtual().start(() -> {
                try {
                    while (System.nanoTime() < end) {
                        (endpoint.send() ? ok : failed).incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread caller : callers) {
            caller.join();
        }
        return new Saturated(ok.get(), failed.get(), (System.nanoTime() - start) / 1e9, 0);
    }

    /** A saturated run of {@code seconds}, with the CPU time the service's process used for it. */
    private Saturated measured(ServiceClient service, Endpoint endpoint) throws Exception {
        double cpu = service.processCpuNanos(metricsUser);
        Saturated run = saturate(endpoint, seconds);
        return new Saturated(run.ok(), run.failed(), run.seconds(), service.processCpuNanos(metricsUser) - cpu);
    }

    private Saturated report(Saturated result, Endpoint endpoint) {
        System.out.printf("Maximum %-18s %,8.0f per s (%d answered in %.1f s, %d failed; %d callers); service CPU "
                        + "%.0f µs per request%n", endpoint, result.rate(), result.ok(), result.seconds(), result.failed(),
                workers, result.serviceCpuNanos() / 1000 / Math.max(1, result.ok()));
        return result;
    }

    private static OpenLoop.Result report(OpenLoop.Result result, Endpoint endpoint) {
        Histogram h = result.latencies();
        System.out.printf("At the fixed rate %-18s sent %,d (%,.0f per s), %d failed, %d not sent in time; latency ms: "
                        + "p50 %.2f, p90 %.2f, p99 %.2f, p99.9 %.2f, max %.2f%n", endpoint, result.sent(), result.rate(),
                result.failed(), result.unsent(), ms(h, 50), ms(h, 90), ms(h, 99), ms(h, 99.9), h.getMaxValue() / 1e6);
        return result;
    }

    private static double p99(OpenLoop.Result result) {
        return ms(result.latencies(), 99);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1e6;
    }
}
