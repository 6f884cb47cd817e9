package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls a running service over real HTTP (JDK client) as a demo user; for bodies the test controls byte by byte. */
public record HttpCalls(URI base, HttpClient client) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static HttpCalls at(int port) {
        return new HttpCalls(URI.create("http://localhost:" + port),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build());
    }

    public HttpResponse<String> post(String user, String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return send(request(user, path).header("Content-Type", contentType).POST(body).build());
    }

    public HttpResponse<String> postJson(String user, String path, String body) throws IOException, InterruptedException {
        return post(user, path, "application/json", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return send(request(user, path).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials);
    }

    /**
     * What must hold after any hostile input: the README example is still decided, health is UP, and the decision log's
     * chain verifies.
     */
    public void assertTheServiceStillServes(String requestId) throws IOException, InterruptedException {
        String example = Examples.heatingBeijing().replace("BJ-0001-2026-12-20", requestId);
        HttpResponse<String> decided = postJson("billing", "/api/v1/decisions", example);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
        assertThat(json(decided).at("/charges/totalDue").decimalValue()).isEqualByComparingTo("2035.20");
        HttpResponse<String> health = send(HttpRequest.newBuilder(base.resolve("/actuator/health")).GET().build());
        assertThat(json(health).path("status").asText()).isEqualTo("UP");
        assertThat(json(get("auditor", "/api/v1/audit/verify")).path("intact").asBoolean()).isTrue();
    }

    public static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
