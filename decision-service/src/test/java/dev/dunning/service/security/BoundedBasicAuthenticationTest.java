package dev.dunning.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dunning.service.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What a Basic login costs: one BCrypt check per user and few minutes, none while locked, nothing failed remembered. */
class BoundedBasicAuthenticationTest {
    private static final SecuritySettings.Authentication SETTINGS =
            new SecuritySettings.Authentication(Duration.ofMinutes(3), 100, 10, Duration.ofMinutes(5), Duration.ofMinutes(5), 1000);
    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AtomicInteger checks = new AtomicInteger();
    private final MutableClock clock = new MutableClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final BoundedBasicAuthentication logins = new BoundedBasicAuthentication(
            new InMemoryUserDetailsManager(User.withUsername("analyst").password(weak("analyst-secret")).roles("ANALYST").build(),
                    User.withUsername("auditor").password(weak("auditor-secret")).roles("AUDITOR").build()),
            counting(bcrypt), SETTINGS, clock, meters);

    @Test
    void repeatedLoginsCheckThePasswordOnceUntilTheCacheTimeIsOver() {
        for (int i = 0; i < 5; i++) {
            assertThat(login("analyst", "analyst-secret", "10.0.0.1").getAuthorities()).extracting(Object::toString)
                    .containsExactly("ROLE_ANALYST");
        }
        assertThat(checks).hasValue(1);
        clock.advance(Duration.ofMinutes(3).plusSeconds(1));
        login("analyst", "analyst-secret", "10.0.0.1");
        assertThat(checks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverAccepted() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> login("analyst", "guess", "10.0.0.2")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checks).hasValue(3);
        assertThat(meters.counter(BoundedBasicAuthentication.FAILURES, "reason", "bad-credentials").count()).isEqualTo(3);
    }

    @Test
    void aFailedLoginForgetsTheUsersCachedCredentials() {
        login("analyst", "analyst-secret", "10.0.0.3");
        assertThatThrownBy(() -> login("Analyst", "guess", "10.0.0.4")).isInstanceOf(BadCredentialsException.class);
        login("analyst", "analyst-secret", "10.0.0.3");
        assertThat(checks).hasValue(3);
    }

    @Test
    void tenFailuresForOneUserLockItFromEveryAddressWithoutCheckingAnyPasswordUntilTheLockoutEnds() {
        for (int i = 0; i < 10; i++) {
            String address = "10.1.0." + i;
            String user = i % 2 == 0 ? "auditor" : "AUDITOR";
            assertThatThrownBy(() -> login(user, "guess", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        int before = checks.get();
        assertThatThrownBy(() -> login("auditor", "auditor-secret", "10.2.0.1")).isInstanceOfSatisfying(LoginLocked.class,
                locked -> assertThat(locked.retryAfterSeconds()).isEqualTo(300));
        assertThat(checks).as("no password checked while locked").hasValue(before);
        assertThat(meters.counter(BoundedBasicAuthentication.FAILURES, "reason", "locked").count()).isEqualTo(1);
        assertThat(login("analyst", "analyst-secret", "10.2.0.1").getName()).as("other users log in").isEqualTo("analyst");

        clock.advance(Duration.ofMinutes(4));
        assertThatThrownBy(() -> login("auditor", "auditor-secret", "10.2.0.1")).isInstanceOfSatisfying(LoginLocked.class,
                locked -> assertThat(locked.retryAfterSeconds()).isEqualTo(60));
        clock.advance(Duration.ofMinutes(1));
        assertThat(login("auditor", "auditor-secret", "10.2.0.1").getName()).isEqualTo("auditor");
    }

    @Test
    void tenFailuresFromOneAddressLockItEvenForTheRightPasswordsAndALoginInBetweenDoesNotUnlockIt() {
        for (int i = 0; i < 10; i++) {
            String user = i % 2 == 0 ? "auditor" : "analyst";
            assertThatThrownBy(() -> login(user, "guess", "10.3.0.1")).isInstanceOf(BadCredentialsException.class);
            if (i < 9) {
                assertThat(login("analyst", "analyst-secret", "10.3.0.1").getName()).isEqualTo("analyst");
            }
        }
        assertThatThrownBy(() -> login("analyst", "analyst-secret", "10.3.0.1")).isInstanceOf(LoginLocked.class);
        assertThat(login("analyst", "analyst-secret", "10.3.0.2").getName()).isEqualTo("analyst");
    }

    private Authentication login(String user, String password, String address) {
        var login = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        login.setDetails(new WebAuthenticationDetails(request));
        return logins.authenticate(login);
    }

    /** BCrypt at its lowest cost, to keep the test fast; checking reads the cost from the hash. */
    private static String weak(String password) {
        return "{bcrypt}" + new BCryptPasswordEncoder(4).encode(password);
    }

    private PasswordEncoder counting(PasswordEncoder encoder) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        };
    }
}
