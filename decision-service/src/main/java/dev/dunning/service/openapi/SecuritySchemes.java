package dev.dunning.service.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;

/**
 * The two ways to authenticate, as the security configuration accepts them: HTTP Basic for people, an API key in
 * {@value #API_KEY_HEADER} for billing systems. Either one suffices, so an operation lists both as alternatives.
 */
final class SecuritySchemes {
    static final String BASIC = "basicAuth";
    static final String API_KEY = "apiKey";
    static final String API_KEY_HEADER = "X-API-Key";

    private SecuritySchemes() {
    }

    static void addTo(Components components) {
        components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("People: a configured user's name and password. Roles ANALYST, REVIEWER, AUDITOR, ADMIN "
                        + "(and BILLING) decide what each may call."));
        components.addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name(API_KEY_HEADER)
                .description("Billing systems: the system's key (the service keeps only its SHA-256) and its roles, "
                        + "usually BILLING. An unknown key is refused with 401, never tried as Basic."));
    }

    /** Basic or the API key. */
    static List<SecurityRequirement> eitherScheme() {
        return List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(API_KEY));
    }
}
