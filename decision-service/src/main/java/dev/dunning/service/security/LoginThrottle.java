package dev.dunning.service.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Counts failed logins per user name and per client address. {@code maxFailures} failures within the window lock
 * that name or address for the lockout period; while locked, logins are refused before any password is checked.
 * A successful login resets nothing: failures only age out, so an attacker who also holds valid credentials cannot
 * clear an address's count by logging in between guesses.
 */
final class LoginThrottle {
    private final SecuritySettings.Authentication settings;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    LoginThrottle(SecuritySettings.Authentication settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        Duration kept = settings.failureWindow().compareTo(settings.lockout()) > 0 ? settings.failureWindow() : settings.lockout();
        this.failures = Caffeine.newBuilder().maximumSize(settings.failuresTracked()).expireAfterWrite(kept)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** How much longer logins of this user name or from this address stay locked; empty when neither is. */
    Optional<Duration> lockedFor(String user, String address) {
        Instant now = clock.instant();
        return Stream.of(userKey(user), addressKey(address)).map(failures::getIfPresent)
                .filter(f -> f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now))
                .map(f -> Duration.between(now, f.lockedUntil())).max(Duration::compareTo);
    }

    void failed(String user, String address) {
        Instant now = clock.instant();
        failures.asMap().compute(userKey(user), (key, before) -> next(before, now));
        failures.asMap().compute(addressKey(address), (key, before) -> next(before, now));
    }

    private Failures next(Failures before, Instant now) {
        boolean fresh = before == null || !before.windowStart().plus(settings.failureWindow()).isAfter(now);
        Failures counted = fresh ? new Failures(now, 1, null) : new Failures(before.windowStart(), before.count() + 1, before.lockedUntil());
        boolean locks = counted.count() >= settings.maxFailures()
                && (counted.lockedUntil() == null || !counted.lockedUntil().isAfter(now));
        return locks ? new Failures(counted.windowStart(), counted.count(), now.plus(settings.lockout())) : counted;
    }

    private static String userKey(String user) {
        return "user:" + user.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** Failures counted since {@code windowStart}, and the end of the lock they caused, if any. */
    private record Failures(Instant windowStart, int count, Instant lockedUntil) {
    }
}
