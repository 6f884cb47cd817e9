package dev.dunning.service.security;

import java.util.stream.Stream;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The users the service knows, with encoded passwords ({@code {bcrypt}...}) and roles, and the API keys of billing
 * systems. The embedded defaults bundle demo users and a demo key; production profiles configure real ones (or none,
 * which refuses every API call).
 */
@ConfigurationProperties("dunning.security")
public record SecuritySettings(@DefaultValue List<User> users, @DefaultValue List<User> demoUsers,
                               @DefaultValue List<ApiKey> apiKeys, @DefaultValue List<ApiKey> demoApiKeys,
                               @DefaultValue("false") boolean demoUsersEnabled) {

    public List<User> allUsers() {
        return demoUsersEnabled ? Stream.concat(users.stream(), demoUsers.stream()).toList() : users;
    }

    public List<ApiKey> allApiKeys() {
        return demoUsersEnabled ? Stream.concat(apiKeys.stream(), demoApiKeys.stream()).toList() : apiKeys;
    }

    public record User(String name, String password, List<String> roles) {
    }

    /** A billing system's key, known only by the hex SHA-256 of the key. */
    public record ApiKey(String name, String sha256, List<String> roles) {
    }
}
