package dev.dunning.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Calls the rule-set endpoints as a demo user (password {@code <user>-demo}), as an analyst would with curl. */
public record RuleSetCalls(TestRestTemplate http) {

    /** {@code POST /api/v1/rulesets} with changed files over the active version. */
    public ResponseEntity<String> upload(String user, Map<String, String> files) {
        return http.withBasicAuth(user, user + "-demo").postForEntity("/api/v1/rulesets", files(files), String.class);
    }

    /** {@code POST /api/v1/rulesets/validate} with changed files over the active version. */
    public ResponseEntity<String> validate(String user, Map<String, String> files) {
        return http.withBasicAuth(user, user + "-demo").postForEntity("/api/v1/rulesets/validate", files(files),
                String.class);
    }

    /** {@code POST /api/v1/rulesets/validate} with a zip of {@code files} as the whole bundle. */
    public ResponseEntity<String> validateBundle(String user, Map<String, String> files) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("bundle", named("policy.zip", zip(files)));
        return http.withBasicAuth(user, user + "-demo").postForEntity("/api/v1/rulesets/validate",
                new HttpEntity<>(parts, multipart()), String.class);
    }

    /** {@code POST /api/v1/rulesets/{hash}/{step}} (submit, approve, activate) with a JSON body. */
    public ResponseEntity<String> step(String user, String hash, String step, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user + "-demo").postForEntity("/api/v1/rulesets/" + hash + "/" + step,
                new HttpEntity<>(body, headers), String.class);
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> files(Map<String, String> files) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        files.forEach((path, content) -> parts.add("files", named(path, content.getBytes(StandardCharsets.UTF_8))));
        return new HttpEntity<>(parts, multipart());
    }

    private static HttpHeaders multipart() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return headers;
    }

    private static ByteArrayResource named(String filename, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return filename;
            }
        };
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
