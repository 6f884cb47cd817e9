package dev.dunning.service.security;

import java.util.stream.Stream;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The users the service knows, with encoded passwords ({@code {bcrypt}...}) and roles. The embedded defaults bundle
 * demo users; production profiles configure real ones (or none, which refuses every API call).
 */
@ConfigurationProperties("dunning.security")
public record SecuritySettings(@DefaultValue List<User> users, @DefaultValue List<User> demoUsers,
                               @DefaultValue("false") boolean demoUsersEnabled) {

    public List<User> allUsers() {
        return demoUsersEnabled ? Stream.concat(users.stream(), demoUsers.stream()).toList() : users;
    }

    public record User(String name, String password, List<String> roles) {
    }
}
