package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * What HTTP Basic costs the service, as a client sees it: a user calling again and again is checked once (BCrypt),
 * and after ten failed logins from one address further logins are answered 429 with Retry-After, unchecked, until
 * the lockout ends; billing systems' API keys go on working meanwhile.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:basic-login-cost-test;DB_CLOSE_DELAY=-1")
@Import(BasicLoginCostTest.Clocks.class)
class BasicLoginCostTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    MutableClock clock;
    @MockitoSpyBean
    PasswordEncoder passwords;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    /** Each test an hour later: earlier failures and cached logins have expired. */
    @BeforeEach
    void anHourLater() {
        clock.advance(Duration.ofHours(1));
        clearInvocations(passwords);
    }

    @Test
    void aUserCallingAgainAndAgainHasItsPasswordCheckedOnce() {
        for (int i = 0; i < 5; i++) {
            assertThat(get("reviewer", "reviewer-demo").getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        verify(passwords, times(1)).matches(any(), anyString());
    }

    @Test
    void tenFailedLoginsLockFurtherLoginsWith429UntilTheLockoutEndsWhileApiKeysWork() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(get("auditor", "guess-" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        clearInvocations(passwords);
        ResponseEntity<String> locked = get("auditor", "auditor-demo");
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(locked.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(locked.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("300");
        JsonNode problem = json.readTree(locked.getBody());
        assertThat(problem.path("type").asText()).isEqualTo("https://dunning.dev/problems/login-locked");
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(get("reviewer", "reviewer-demo").getStatusCode()).as("the address is locked").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        verify(passwords, never()).matches(any(), anyString());

        assertThat(decideWithApiKey().getStatusCode()).isEqualTo(HttpStatus.CREATED);
        clock.advance(Duration.ofMinutes(5));
        assertThat(get("auditor", "auditor-demo").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> get(String user, String password) {
        return http.withBasicAuth(user, password).getForEntity("/api/v1/rulesets", String.class);
    }

    private ResponseEntity<String> decideWithApiKey() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-API-Key", "demo-billing-key-not-for-production");
        return http.exchange("/api/v1/decisions", HttpMethod.POST, new HttpEntity<>(Examples.heatingBeijing(), headers), String.class);
    }
}
