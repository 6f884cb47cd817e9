package dev.dunning.service.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;

/**
 * RFC 9457 problem details as the service writes them ({@code ProblemHandler}): the standard members, and
 * {@code errors} naming each bad field. Replaces the schema derived from Spring's {@code ProblemDetail} class, whose
 * {@code properties} map is written as members of the problem, not as a member of its own.
 */
final class ProblemSchemas {
    static final String PROBLEM = "ProblemDetail";
    static final String FIELD_ERROR = "FieldError";
    static final String RULE_SET_REJECTED = "RuleSetRejectedProblem";
    static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private ProblemSchemas() {
    }

    static void addTo(Components components) {
        components.addSchemas(FIELD_ERROR, new ObjectSchema().description("One bad field of a request")
                .addProperty("field", new StringSchema().description("Its path in the request, e.g. account.id or [3].requestId"))
                .addProperty("message", new StringSchema().description("What is wrong with it"))
                .required(List.of("field", "message")));
        components.addSchemas(PROBLEM, problem("An RFC 9457 problem; a bad request names each bad field in errors")
                .addProperty("errors", arrayOf(FIELD_ERROR, "Each bad field (400, and 409 for a reused requestId)")));
        components.addSchemas(RULE_SET_REJECTED, problem("The upload does not compile: nothing was stored")
                .addProperty("errors", arrayOf("CompileProblem", "Each error, with file, line and column"))
                .addProperty("warnings", arrayOf("CompileProblem", "Each warning, with file, line and column")));
    }

    /** {@code application/problem+json} with the given schema. */
    static Content content(String schema) {
        return new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(ref(schema)));
    }

    private static Schema<Object> problem(String description) {
        ObjectSchema problem = new ObjectSchema();
        problem.description(description)
                .addProperty("type", new StringSchema().format("uri").description("The kind of problem, e.g. "
                        + "https://dunning.dev/problems/invalid-request"))
                .addProperty("title", new StringSchema().description("A short summary of the kind"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What went wrong with this request"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The path called"))
                .required(List.of("type", "title", "status"));
        return problem;
    }

    private static Schema<?> arrayOf(String schema, String description) {
        return new ArraySchema().items(ref(schema)).description(description);
    }

    private static Schema<?> ref(String schema) {
        return new Schema<>().$ref("#/components/schemas/" + schema);
    }
}
