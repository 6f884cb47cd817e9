package dev.dunning.service.openapi;

import java.util.List;
import org.springframework.util.AntPathMatcher;

/**
 * The paths anyone may call without credentials. {@link #SECURITY_CONFIGURATION} mirrors the {@code permitAll()}
 * matchers of the security configuration; {@code OpenApiSecurityTest} calls every documented operation without
 * credentials and fails if the two disagree.
 */
record PublicPaths(List<String> patterns) {
    static final PublicPaths SECURITY_CONFIGURATION = new PublicPaths(List.of("/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"));
    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    /** Whether a documented path (with {@code {variables}}) is public. */
    boolean isPublic(String path) {
        return patterns.stream().anyMatch(pattern -> MATCHER.match(pattern, path));
    }
}
