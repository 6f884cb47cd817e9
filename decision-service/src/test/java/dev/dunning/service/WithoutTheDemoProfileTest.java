package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The service as any profile but {@code demo} runs it (here the plain application.yml, as the jar starts): the demo
 * users and the demo API key do not exist, and only the users an installation configures log in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:without-demo-test;DB_CLOSE_DELAY=-1",
        "dunning.security.users[0].name=ops-auditor", "dunning.security.users[0].password={noop}ops-auditor-secret",
        "dunning.security.users[0].roles=AUDITOR"})
class WithoutTheDemoProfileTest {
    @Autowired
    TestRestTemplate http;

    @ParameterizedTest
    @ValueSource(strings = {"billing", "analyst", "reviewer", "auditor", "lead", "admin"})
    void theDemoUsersAreRefused(String user) {
        assertThat(http.withBasicAuth(user, user + "-demo").getForEntity("/api/v1/audit/verify", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theDemoApiKeyIsRefused() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-API-Key", "demo-billing-key-not-for-production");
        assertThat(http.exchange("/api/v1/decisions", HttpMethod.POST, new HttpEntity<>(Examples.heatingBeijing(), headers),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aConfiguredUserLogsIn() {
        assertThat(http.withBasicAuth("ops-auditor", "ops-auditor-secret").getForEntity("/api/v1/audit/verify", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
