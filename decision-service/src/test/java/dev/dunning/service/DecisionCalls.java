package dev.dunning.service;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls {@code POST /api/v1/decisions} as a demo user (password {@code <user>-demo}) or anonymously. */
public record DecisionCalls(TestRestTemplate http) {

    public ResponseEntity<String> post(String user, String body) {
        return http.withBasicAuth(user, user + "-demo").postForEntity("/api/v1/decisions", json(body), String.class);
    }

    ResponseEntity<String> postAnonymously(String body) {
        return http.postForEntity("/api/v1/decisions", json(body), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
