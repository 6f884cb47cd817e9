package dev.dunning.service.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.GrantedAuthority;

/**
 * Credentials verified in the last few minutes, so that a client sending HTTP Basic on every request pays for one
 * BCrypt check, not one per request. Entries are keyed by an HMAC-SHA256 of user name and password under a random key
 * that lives only in this process: the password is never stored, and the key cannot be recomputed without it.
 * Bounded in size and time; a failed login of a user name forgets every entry of that name.
 */
final class CredentialCache {
    private final Cache<String, Verified> verified;
    private final SecretKeySpec key;

    CredentialCache(SecuritySettings.Authentication settings, Clock clock) {
        this.verified = Caffeine.newBuilder().maximumSize(settings.cacheSize()).expireAfterWrite(settings.cacheFor())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Who was verified with exactly this user name and password, if that was recently. */
    Optional<Verified> find(String user, String password) {
        return Optional.ofNullable(verified.getIfPresent(keyOf(user, password)));
    }

    void remember(String user, String password, Verified who) {
        verified.put(keyOf(user, password), who);
    }

    /** Forgets every entry of {@code user}: the next request of that name checks its password again. */
    void forget(String user) {
        verified.asMap().values().removeIf(who -> who.user().equalsIgnoreCase(user));
    }

    private String keyOf(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] name = user.getBytes(StandardCharsets.UTF_8);
            mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(name.length).array());
            mac.update(name);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A verified login: the user's name as configured and the authorities granted (no password). */
    record Verified(String user, Collection<? extends GrantedAuthority> authorities) {
    }
}
