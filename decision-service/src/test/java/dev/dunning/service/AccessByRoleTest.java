package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every endpoint against every role: who may call it (any answer but 401/403; bodies are deliberately empty or
 * unknown, so allowed calls end in 400 or 404 without changing anything) and who is refused with 403. Without
 * credentials, or with an unknown API key, every one is 401.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:access-test;DB_CLOSE_DELAY=-1")
class AccessByRoleTest {
    private static final String KEY = "demo-billing-key-not-for-production";
    @Autowired
    TestRestTemplate http;

    @ParameterizedTest(name = "{0} {1}: allowed to {2}")
    @CsvSource(delimiter = '|', textBlock = """
            POST | /api/v1/decisions                    | billing, billing-key, admin
            GET  | /api/v1/decisions/unknown            | billing, billing-key, analyst, reviewer, auditor, admin
            POST | /api/v1/rulesets                     | analyst, admin
            POST | /api/v1/rulesets/validate            | analyst, admin
            GET  | /api/v1/rulesets                     | analyst, reviewer, auditor, admin
            GET  | /api/v1/rulesets/unknown             | analyst, reviewer, auditor, admin
            GET  | /api/v1/rulesets/unknown/diff/other  | analyst, reviewer, auditor, admin
            POST | /api/v1/rulesets/unknown/submit      | analyst, admin
            POST | /api/v1/rulesets/unknown/approve     | reviewer, admin
            POST | /api/v1/rulesets/unknown/reject      | reviewer, admin
            POST | /api/v1/rulesets/unknown/activate    | reviewer, admin
            GET  | /api/v1/decisions/unknown/explanation | billing, billing-key, analyst, reviewer, auditor, admin
            POST | /api/v1/decisions/unknown/replay     | auditor, admin
            GET  | /api/v1/audit/entries?size=0         | auditor, admin
            GET  | /api/v1/audit/export?size=0          | auditor, admin
            GET  | /api/v1/audit/export?unmasked=true   | auditor
            GET  | /api/v1/audit/export?unmasked=yes    | auditor, admin
            GET  | /api/v1/audit/verify                 | auditor, admin
            POST | /api/v1/audit/replay                 | auditor, admin
            POST | /api/v1/audit/purge                  | admin
            POST | /api/v1/contacts/unknown/events      | billing, billing-key, admin
            GET  | /api/v1/contacts/unknown             | billing, billing-key, auditor, admin
            GET  | /api/v1/contacts                     | billing, billing-key, auditor, admin
            """)
    void eachEndpointAdmitsItsRolesOnly(String method, String path, String allowed) {
        for (String caller : new String[] {"billing", "billing-key", "analyst", "reviewer", "auditor", "admin"}) {
            HttpStatus status = HttpStatus.valueOf(call(caller, method, path).getStatusCode().value());
            if (allowed.contains(caller)) {
                assertThat(status).as("%s %s as %s", method, path, caller).isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
                assertThat(status.is5xxServerError()).as("%s %s as %s: %s", method, path, caller, status).isFalse();
            } else {
                assertThat(status).as("%s %s as %s", method, path, caller).isEqualTo(HttpStatus.FORBIDDEN);
            }
        }
        assertThat(call("nobody", method, path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(call("wrong-key", method, path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<String> call(String caller, String method, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(path.startsWith("/api/v1/rulesets") && method.equals("POST") && !path.contains("/unknown/")
                ? MediaType.MULTIPART_FORM_DATA : MediaType.APPLICATION_JSON);
        switch (caller) {
            case "billing-key" -> headers.set("X-API-Key", KEY);
            case "wrong-key" -> headers.set("X-API-Key", "not-a-key");
            case "nobody" -> { }
            default -> headers.setBasicAuth(caller, caller + "-demo");
        }
        String body = headers.getContentType().equals(MediaType.APPLICATION_JSON) ? "{}" : null;
        return http.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(body, headers), String.class);
    }
}
