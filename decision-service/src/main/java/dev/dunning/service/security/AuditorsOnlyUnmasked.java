package dev.dunning.service.security;

import dev.dunning.service.web.StrictBoolean;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The log's export: AUDITOR and ADMIN may export masked, only AUDITOR unmasked ({@code unmasked=true}). The switch is
 * read with {@link StrictBoolean}, as the export itself reads it: a value that is neither true nor false lets the
 * two roles through only to the export's 400 answer naming {@code unmasked}, before anything is exported.
 */
final class AuditorsOnlyUnmasked {
    static final String SWITCH = "unmasked";
    static final AuthorizationManager<RequestAuthorizationContext> RULE = AuditorsOnlyUnmasked::check;

    private AuditorsOnlyUnmasked() {
    }

    private static AuthorizationDecision check(Supplier<Authentication> who, RequestAuthorizationContext request) {
        var roles = who.get().getAuthorities().stream().map(a -> a.getAuthority()).toList();
        boolean auditor = roles.contains("ROLE_AUDITOR");
        return new AuthorizationDecision(auditor || roles.contains("ROLE_ADMIN") && !unmasked(request));
    }

    private static boolean unmasked(RequestAuthorizationContext request) {
        try {
            return StrictBoolean.of(request.getRequest().getParameterValues(SWITCH)).orElse(false);
        } catch (IllegalArgumentException refusedByTheExport) {
            return false;
        }
    }
}
