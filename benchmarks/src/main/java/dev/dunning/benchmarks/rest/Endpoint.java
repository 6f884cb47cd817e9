package dev.dunning.benchmarks.rest;

import dev.dunning.benchmarks.RequestBodies;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One endpoint of a running service, called as a billing system does (API key) with {@link RequestBodies}. */
final class Endpoint implements OpenLoop.Call {
    private final HttpClient http;
    private final URI uri;
    private final String apiKey;
    private final RequestBodies bodies;

    Endpoint(HttpClient http, URI uri, String apiKey, String template) {
        this.http = http;
        this.uri = uri;
        this.apiKey = apiKey;
        this.bodies = new RequestBodies(template, "rest");
    }

    @Override
    public boolean send() throws InterruptedException {
        return status() / 100 == 2;
    }

    /** Sends one request; answers its HTTP status, -1 when the call itself failed. */
    int status() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(bodies.next())).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return uri.getPath();
    }
}
