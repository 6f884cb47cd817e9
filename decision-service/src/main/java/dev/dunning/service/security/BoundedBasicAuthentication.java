package dev.dunning.service.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * HTTP Basic logins at a bounded cost. A locked user name or client address is refused first, with no password
 * check; then credentials verified in the last minutes are accepted from the {@link CredentialCache}; only then is
 * the password checked (BCrypt). A failure is counted for the name and the address, forgets the name's cached
 * credentials, and is counted in {@code dunning.authentication.failures{reason}}; nothing failed is ever cached.
 */
final class BoundedBasicAuthentication implements AuthenticationProvider {
    static final String FAILURES = "dunning.authentication.failures";
    private final DaoAuthenticationProvider passwords;
    private final CredentialCache cache;
    private final LoginThrottle throttle;
    private final MeterRegistry meters;

    BoundedBasicAuthentication(UserDetailsService users, PasswordEncoder encoder, SecuritySettings.Authentication settings,
                               Clock clock, MeterRegistry meters) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.cache = new CredentialCache(settings, clock);
        this.throttle = new LoginThrottle(settings, clock);
        this.meters = meters;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String user = login.getName();
        String password = String.valueOf(login.getCredentials());
        String address = address(login);
        throttle.lockedFor(user, address).ifPresent(wait -> {
            meters.counter(FAILURES, "reason", "locked").increment();
            throw new LoginLocked(wait);
        });
        Optional<CredentialCache.Verified> known = cache.find(user, password);
        return known.isPresent() ? authenticated(known.get()) : verify(login, user, password, address);
    }

    private Authentication verify(Authentication login, String user, String password, String address) {
        try {
            Authentication verified = passwords.authenticate(login);
            var who = new CredentialCache.Verified(verified.getName(), verified.getAuthorities());
            cache.remember(user, password, who);
            return authenticated(who);
        } catch (AuthenticationException e) {
            throttle.failed(user, address);
            cache.forget(user);
            meters.counter(FAILURES, "reason", "bad-credentials").increment();
            throw e;
        }
    }

    private static Authentication authenticated(CredentialCache.Verified who) {
        return UsernamePasswordAuthenticationToken.authenticated(who.user(), null, who.authorities());
    }

    private static String address(Authentication login) {
        return login.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
