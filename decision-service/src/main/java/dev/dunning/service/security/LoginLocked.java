package dev.dunning.service.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins of this user name or from this address: refused, unchecked, for {@code retryAfter}. */
final class LoginLocked extends AuthenticationException {
    private final Duration retryAfter;

    LoginLocked(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the lock ends, at least 1 (for the Retry-After header). */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
