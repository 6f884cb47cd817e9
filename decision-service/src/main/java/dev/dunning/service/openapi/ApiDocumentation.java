package dev.dunning.service.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The contract clients generate code from ({@code /v3/api-docs}): its description, the two ways to authenticate, the
 * problem responses every operation can answer, and which operations need credentials. Controllers document only
 * what is their own (summary, success and specific error responses); the rest is added here, in one place.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {
    static {
        // A streamed answer is bytes a callback writes, not an object with members.
        SpringDocUtils.getConfig().replaceWithSchema(StreamingResponseBody.class, new StringSchema().format("binary"));
    }

    static final String DESCRIPTION = """
            What an account owes, what protects it, and what happens next: decisions for billing systems, rule-set \
            governance for analysts and reviewers, and the hash-chained decision log for auditors.

            Billing systems authenticate with their API key in the `X-API-Key` header, people with HTTP Basic. Every \
            error is an RFC 9457 problem (`application/problem+json`); a bad request names each bad field in \
            `errors` as `{field, message}`.""";

    @Bean
    OpenApiCustomizer apiContract() {
        return openApi -> {
            describe(openApi);
            SecuritySchemes.addTo(openApi.getComponents());
            ProblemSchemas.addTo(openApi.getComponents());
            SharedResponses.addTo(openApi.getComponents());
            new OperationContract(PublicPaths.SECURITY_CONFIGURATION).applyTo(openApi);
        };
    }

    private static void describe(OpenAPI openApi) {
        openApi.info(new Info().title("Dunning decision service").version("v1").description(DESCRIPTION));
        openApi.servers(List.of(new Server().url("/").description("This service")));
    }
}
