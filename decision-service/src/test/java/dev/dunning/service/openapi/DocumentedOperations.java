package dev.dunning.service.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The operations of an OpenAPI document (JSON), each with its path and method. */
record DocumentedOperations(JsonNode document) {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    List<DocumentedOperation> all() {
        List<DocumentedOperation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(method -> METHODS.contains(method.getKey()))
                .forEach(method -> operations.add(new DocumentedOperation(path.getKey(), method.getKey(), method.getValue()))));
        return operations;
    }

    /** A response as written, or the shared one it refers to. */
    JsonNode resolve(JsonNode response) {
        String ref = response.path("$ref").asText("");
        return ref.isEmpty() ? response : document.at(ref.substring(1));
    }

    record DocumentedOperation(String path, String method, JsonNode operation) {
        /** The path with each {variable} replaced by a value no resource has. */
        String samplePath() {
            return path.replaceAll("\\{[^}]+}", "no-such-id");
        }

        boolean secured() {
            return !operation.path("security").isEmpty();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }
}
