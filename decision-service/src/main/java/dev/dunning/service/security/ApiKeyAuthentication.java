package dev.dunning.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates billing systems by the {@value #HEADER} header: the SHA-256 of the key must be one configured. A
 * request without the header goes on to HTTP Basic; a request with an unknown key is refused as a 401 problem.
 */
final class ApiKeyAuthentication extends OncePerRequestFilter {
    static final String HEADER = "X-API-Key";
    private final Map<String, SecuritySettings.ApiKey> keysByHash;
    private final AuthenticationEntryPoint unauthenticated;

    ApiKeyAuthentication(List<SecuritySettings.ApiKey> keys, AuthenticationEntryPoint unauthenticated) {
        this.keysByHash = keys.stream().collect(Collectors.toMap(k -> k.sha256().toLowerCase(), k -> k));
        this.unauthenticated = unauthenticated;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        SecuritySettings.ApiKey known = keysByHash.get(sha256(key));
        if (known == null) {
            SecurityContextHolder.clearContext();
            unauthenticated.commence(request, response, new BadCredentialsException("Unknown API key"));
            return;
        }
        var authorities = known.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(known.name(), null, authorities));
        chain.doFilter(request, response);
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
