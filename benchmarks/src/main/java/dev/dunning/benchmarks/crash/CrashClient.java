package dev.dunning.benchmarks.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The calls the crash check makes to one running service: decisions as the demo billing system (X-API-Key), reads
 * as the auditor (HTTP Basic). Every call but verification times out after {@link #TIMEOUT}.
 */
final class CrashClient {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Duration VERIFY_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String apiKey;
    private final String auditor;

    /** {@code auditor} is "user:password". */
    CrashClient(String base, String apiKey, String auditor) {
        this.base = base;
        this.apiKey = apiKey;
        this.auditor = "Basic " + Base64.getEncoder().encodeToString(auditor.getBytes(StandardCharsets.UTF_8));
    }

    /** True when {@code /actuator/health} answers status UP; false while the service is not (yet) listening. */
    boolean healthy() throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(get("/actuator/health").build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && "UP".equals(JSON.readTree(response.body()).path("status").asText());
        } catch (IOException e) {
            return false;
        }
    }

    /** Sends one decision request. Throws IOException when no HTTP answer came (refused, reset, timed out). */
    Reply decide(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/decisions")).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        boolean replayed = response.headers().firstValue("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false);
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            return new Reply(response.statusCode(), replayed, null, null, null);
        }
        JsonNode decision = JSON.readTree(response.body());
        return new Reply(response.statusCode(), replayed, decision.path("decisionId").asText(null),
                decision.path("requestId").asText(null), contentHash(decision));
    }

    /** The stored decision, or empty when the service answers 404. */
    Optional<JsonNode> decision(String decisionId) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(auditor("/api/v1/decisions/" + decisionId), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(expect200(response));
    }

    /** One page of the DECISION entries, newest first. */
    JsonNode decisionEntries(int page, int size) throws IOException, InterruptedException {
        return expect200(http.send(auditor("/api/v1/audit/entries?kind=DECISION&page=" + page + "&size=" + size),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** Walks the whole chain, so it may take longer than other calls: it has {@link #VERIFY_TIMEOUT}. */
    JsonNode verify() throws IOException, InterruptedException {
        HttpRequest request = get("/api/v1/audit/verify").timeout(VERIFY_TIMEOUT).header("Authorization", auditor).build();
        return expect200(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** A hash of a decision's JSON, to compare what was answered with what is stored without keeping either. */
    static String contentHash(JsonNode decision) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(decision));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A decision call's HTTP answer; decisionId, requestId and contentHash only for 200 and 201. */
    record Reply(int status, boolean replayed, String decisionId, String requestId, String contentHash) {
    }

    private HttpRequest auditor(String path) {
        return get(path).header("Authorization", auditor).build();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET();
    }

    private static JsonNode expect200(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }
}
