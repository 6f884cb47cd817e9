package dev.dunning.service.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the document adds to each operation, from its path and what it reads. */
class OperationContractTest {
    private final OperationContract contract = new OperationContract(new PublicPaths(List.of("/open/**")));

    @Test
    void aPublicOperationDeclaresNoSecurityAndNoAuthenticationProblems() {
        OpenAPI openApi = document("/open/status", new Operation().responses(ok()));
        contract.applyTo(openApi);
        Operation status = openApi.getPaths().get("/open/status").getGet();
        assertThat(status.getSecurity()).isEmpty();
        assertThat(status.getResponses()).containsOnlyKeys("200", "500");
    }

    @Test
    void anOperationElsewhereTakesBasicOrTheApiKeyAndTheProblemsOfWhatItReads() {
        Operation upload = new Operation().addParametersItem(new PathParameter().name("id"))
                .requestBody(new RequestBody().content(new Content().addMediaType("application/json", new MediaType())))
                .responses(ok());
        OpenAPI openApi = document("/api/v1/things/{id}", upload);
        contract.applyTo(openApi);
        assertThat(upload.getSecurity()).extracting(requirement -> requirement.keySet())
                .containsExactly(Set.of("basicAuth"), Set.of("apiKey"));
        assertThat(openApi.getPaths().get("/api/v1/things/{id}").getGet().getResponses())
                .containsOnlyKeys("200", "400", "401", "403", "404", "413", "429", "500", "503");
    }

    @Test
    void anErrorResponseOfAnAnnotationAnswersAProblemAndKeepsItsDescription() {
        ApiResponse conflict = new ApiResponse().description("Not a draft").content(new Content()
                .addMediaType("application/json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/View"))));
        Operation submit = new Operation().responses(ok().addApiResponse("409", conflict));
        OpenAPI openApi = document("/api/v1/things", submit);
        contract.applyTo(openApi);
        ApiResponse documented = openApi.getPaths().get("/api/v1/things").getGet().getResponses().get("409");
        assertThat(documented.getDescription()).isEqualTo("Not a draft");
        assertThat(documented.getContent()).containsOnlyKeys("application/problem+json");
        assertThat(documented.getContent().get("application/problem+json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/ProblemDetail");
    }

    private static OpenAPI document(String path, Operation operation) {
        return new OpenAPI().components(new Components()).paths(new Paths().addPathItem(path, new PathItem().get(operation)));
    }

    private static ApiResponses ok() {
        return new ApiResponses().addApiResponse("200", new ApiResponse().description("OK"));
    }
}
