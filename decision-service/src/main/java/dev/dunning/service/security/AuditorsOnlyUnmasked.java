package dev.dunning.service.security;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** The log's export: AUDITOR and ADMIN may export masked, only AUDITOR unmasked ({@code unmasked=true}). */
final class AuditorsOnlyUnmasked {
    static final AuthorizationManager<RequestAuthorizationContext> RULE = AuditorsOnlyUnmasked::check;

    private AuditorsOnlyUnmasked() {
    }

    private static AuthorizationDecision check(Supplier<Authentication> who, RequestAuthorizationContext request) {
        boolean unmasked = "true".equalsIgnoreCase(request.getRequest().getParameter("unmasked"));
        var roles = who.get().getAuthorities().stream().map(a -> a.getAuthority()).toList();
        return new AuthorizationDecision(roles.contains("ROLE_AUDITOR") || !unmasked && roles.contains("ROLE_ADMIN"));
    }
}
