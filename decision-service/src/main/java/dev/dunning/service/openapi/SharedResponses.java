package dev.dunning.service.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/** The problem responses many operations share, declared once under {@code components/responses}. */
enum SharedResponses {
    BAD_REQUEST("400", "BadRequest", "Invalid request: errors names each bad field as {field, message}; or the body "
            + "is not readable (malformed JSON, not multipart)"),
    UNAUTHORIZED("401", "Unauthorized", "No credentials, wrong ones, or an unknown API key"),
    FORBIDDEN("403", "Forbidden", "The caller's roles do not allow this operation"),
    NOT_FOUND("404", "NotFound", "Not found: the problem's detail names what"),
    PAYLOAD_TOO_LARGE("413", "PayloadTooLarge", "The body, an uploaded file or a list is larger than the service "
            + "accepts; nothing was done"),
    TOO_MANY_REQUESTS("429", "TooManyRequests", "Too many failed sign-ins, or too much work at once; retry later"),
    INTERNAL_ERROR("500", "InternalError", "The rule set could not decide the request, or the service failed "
            + "unexpectedly; the problem names no customer data, and the failure is logged"),
    UNAVAILABLE("503", "ServiceUnavailable", "The decision log or its database cannot record now, so nothing was "
            + "done; retry after Retry-After seconds (a decision retried with the same requestId is never made twice)");

    final String status;
    final String name;
    final String description;

    SharedResponses(String status, String name, String description) {
        this.status = status;
        this.name = name;
        this.description = description;
    }

    static void addTo(Components components) {
        for (SharedResponses response : values()) {
            components.addResponses(response.name, response.definition());
        }
    }

    /** A reference to the shared response, for an operation's responses. */
    ApiResponse reference() {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    private ApiResponse definition() {
        ApiResponse response = new ApiResponse().description(description).content(ProblemSchemas.content(ProblemSchemas.PROBLEM));
        return switch (this) {
            case UNAUTHORIZED -> response.addHeaderObject("WWW-Authenticate", new Header()
                    .description("Basic realm=\"dunning\"").schema(new StringSchema()));
            case UNAVAILABLE -> response.addHeaderObject("Retry-After", new Header()
                    .description("Seconds to wait before retrying").schema(new IntegerSchema()));
            default -> response;
        };
    }
}
