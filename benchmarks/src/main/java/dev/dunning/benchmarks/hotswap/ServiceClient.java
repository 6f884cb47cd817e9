package dev.dunning.benchmarks.hotswap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

/** The calls the load run makes to a running service, as its users would: HTTP Basic with the demo users. */
public final class ServiceClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String apiKey;

    /** With {@code apiKey}, decisions are sent as a billing system with that key; else as the demo user billing. */
    public ServiceClient(String base, String apiKey) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.apiKey = apiKey;
    }

    /** Uploads one changed file as {@code user}; answers the new version's hash. */
    String upload(String user, String path, String content) throws IOException, InterruptedException {
        String boundary = "----load-run-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + path
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = send(user, HttpRequest.newBuilder(uri("/api/v1/rulesets"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        return expect(response, 201).path("hash").asText();
    }

    void step(String user, String hash, String step, String json) throws IOException, InterruptedException {
        expect(send(user, HttpRequest.newBuilder(uri("/api/v1/rulesets/" + hash + "/" + step))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))), 200);
    }

    JsonNode info() throws IOException, InterruptedException {
        return expect(http.send(HttpRequest.newBuilder(uri("/actuator/info")).GET().build(),
                HttpResponse.BodyHandlers.ofString()), 200).path("ruleSet");
    }

    /** Sends one decision request; answers its status and, when decided, the hash of the rule set that decided it. */
    public Decided decide(String request, OffsetDateTime asOf) throws InterruptedException {
        long started = System.nanoTime();
        try {
            HttpRequest.Builder call = HttpRequest.newBuilder(uri("/api/v1/decisions"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request));
            HttpResponse<String> response = apiKey == null ? send("billing", call) : http.send(
                    call.header("X-API-Key", apiKey).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            String hash = response.statusCode() == 201 ? JSON.readTree(response.body()).at("/ruleSet/hash").asText() : null;
            return new Decided(asOf, response.statusCode(), hash, System.nanoTime() - started);
        } catch (IOException e) {
            return new Decided(asOf, -1, null, System.nanoTime() - started);
        }
    }

    /**
     * The CPU time the service's process has used so far, in nanoseconds (Micrometer's {@code process.cpu.time}, read
     * as {@code user}, a demo user with a role for {@code /actuator/metrics}).
     */
    public double processCpuNanos(String user) throws IOException, InterruptedException {
        JsonNode metric = expect(send(user, HttpRequest.newBuilder(uri("/actuator/metrics/process.cpu.time")).GET()), 200);
        return metric.at("/measurements/0/value").asDouble();
    }

    /** One decision as the load run saw it: latency in nanoseconds, status -1 when the call itself failed. */
    public record Decided(OffsetDateTime asOf, int status, String hash, long nanos) {
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode expect(HttpResponse<String> response, int status) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }
}
