package dev.dunning.rules.scenarios;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dunning.rules.pack.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A scenarios file read as a tree, with the line on which each entry of its {@code scenarios} list starts. */
record ScenarioFile(JsonNode root, List<Integer> lines) {

    static ScenarioFile parse(String path, String content) {
        try (JsonParser parser = Json.yaml().createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new ScenarioFile(MissingNode.getInstance(), List.of());
            }
            ObjectNode root = Json.yaml().createObjectNode();
            List<Integer> lines = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && field.equals("scenarios")) {
                    root.set(field, scenarios(parser, lines));
                } else {
                    root.set(field, Json.yaml().readTree(parser));
                }
            }
            return new ScenarioFile(root, List.copyOf(lines));
        } catch (IOException e) {
            throw new IllegalArgumentException(path + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static ArrayNode scenarios(JsonParser parser, List<Integer> lines) throws IOException {
        ArrayNode scenarios = Json.yaml().createArrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            lines.add(parser.currentTokenLocation().getLineNr());
            scenarios.add((JsonNode) Json.yaml().readTree(parser));
        }
        return scenarios;
    }

    /** The line of the {@code index}th scenario (1-based), 0 when unknown. */
    int lineOf(int index) {
        return index < lines.size() ? lines.get(index) : 0;
    }
}
