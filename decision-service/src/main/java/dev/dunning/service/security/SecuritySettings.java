package dev.dunning.service.security;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The users the service knows, with encoded passwords ({@code {bcrypt}...}) and roles, the API keys of billing
 * systems, and the bounds on what checking a password may cost. No user or key is built in: the profile {@code demo}
 * ({@code application-demo.yml}, turned on by {@code ./dunning start} only) adds the demo users and key; an
 * installation configures real ones (or none, which refuses every API call).
 */
@ConfigurationProperties("dunning.security")
public record SecuritySettings(@DefaultValue List<User> users, @DefaultValue List<User> demoUsers,
                               @DefaultValue List<ApiKey> apiKeys, @DefaultValue List<ApiKey> demoApiKeys,
                               @DefaultValue Authentication authentication) {

    public List<User> allUsers() {
        return Stream.concat(users.stream(), demoUsers.stream()).toList();
    }

    public List<ApiKey> allApiKeys() {
        return Stream.concat(apiKeys.stream(), demoApiKeys.stream()).toList();
    }

    public boolean demo() {
        return !demoUsers.isEmpty() || !demoApiKeys.isEmpty();
    }

    public record User(String name, String password, List<String> roles) {
    }

    /** A billing system's key, known only by the hex SHA-256 of the key. */
    public record ApiKey(String name, String sha256, List<String> roles) {
    }

    /**
     * What HTTP Basic may cost: a verified password is remembered for {@code cacheFor} (at most {@code cacheSize}
     * of them); {@code maxFailures} failed logins within {@code failureWindow}, for one user name or from one client
     * address, lock further logins of that name or address for {@code lockout} ({@code failuresTracked} names and
     * addresses at most).
     */
    public record Authentication(@DefaultValue("3m") Duration cacheFor, @DefaultValue("10000") int cacheSize,
                                 @DefaultValue("10") int maxFailures, @DefaultValue("5m") Duration failureWindow,
                                 @DefaultValue("5m") Duration lockout, @DefaultValue("100000") int failuresTracked) {
    }
}
