package dev.dunning.service.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What every operation declares besides its own annotations: its security (none for a public path, else Basic or
 * the API key), the shared problem responses that apply to it, and problem content for every error response.
 */
record OperationContract(PublicPaths publicPaths) {

    void applyTo(OpenAPI openApi) {
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            boolean secured = !publicPaths.isPublic(path);
            operation.setSecurity(secured ? SecuritySchemes.eitherScheme() : List.of());
            shared(operation, secured).forEach(shared -> operation.getResponses()
                    .putIfAbsent(shared.status, shared.reference()));
            operation.getResponses().forEach(OperationContract::problemContent);
            operation.setResponses(sorted(operation.getResponses()));
        }));
    }

    /** The shared responses an operation can answer, from what it takes. */
    static List<SharedResponses> shared(Operation operation, boolean secured) {
        List<SharedResponses> shared = new ArrayList<>();
        boolean body = operation.getRequestBody() != null;
        if (body || has(operation, "query") || has(operation, "header")) {
            shared.add(SharedResponses.BAD_REQUEST);
        }
        if (secured) {
            shared.addAll(List.of(SharedResponses.UNAUTHORIZED, SharedResponses.FORBIDDEN,
                    SharedResponses.TOO_MANY_REQUESTS, SharedResponses.UNAVAILABLE));
        }
        if (has(operation, "path")) {
            shared.add(SharedResponses.NOT_FOUND);
        }
        if (body) {
            shared.add(SharedResponses.PAYLOAD_TOO_LARGE);
        }
        shared.add(SharedResponses.INTERNAL_ERROR);
        return shared;
    }

    private static boolean has(Operation operation, String in) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream().anyMatch(p -> in.equals(p.getIn()));
    }

    /** An error response of a controller's own annotation gets the problem schema unless it names its own. */
    private static void problemContent(String status, ApiResponse response) {
        boolean error = status.startsWith("4") || status.startsWith("5");
        var declared = response.getContent() == null ? null : response.getContent().get(ProblemSchemas.MEDIA_TYPE);
        if (error && response.get$ref() == null && (declared == null || declared.getSchema() == null)) {
            response.setContent(ProblemSchemas.content(ProblemSchemas.PROBLEM));
        }
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        responses.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(entry -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
        return sorted;
    }
}
