package dev.dunning.rules.contact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.pack.Json;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One field of a YAML file of the pack; a missing or malformed value is an error naming the file and the field. */
record PackField(String file, String path, JsonNode node) {

    static PackField root(RuleSetSource source, String file) {
        String content = source.files().get(file);
        if (content == null) {
            throw new IllegalArgumentException(file + ": missing from the policy pack");
        }
        try {
            return new PackField(file, "", Json.yaml().readTree(content));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    PackField get(String name) {
        PackField field = new PackField(file, path.isEmpty() ? name : path + "." + name, node.path(name));
        if (field.node.isMissingNode() || field.node.isNull()) {
            throw field.invalid("is required");
        }
        return field;
    }

    List<PackField> items() {
        if (!node.isArray()) {
            throw invalid("must be a list");
        }
        List<PackField> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new PackField(file, path + "[" + i + "]", node.get(i)));
        }
        return items;
    }

    String text() {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw invalid("must be a non-empty text");
        }
        return node.asText();
    }

    int integer() {
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 0) {
            throw invalid("must be a whole number, 0 or more");
        }
        return node.asInt();
    }

    LocalTime time() {
        return parse("a quoted time such as \"09:00\"", LocalTime::parse);
    }

    LocalDate date() {
        return parse("a date such as 2026-02-15", LocalDate::parse);
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        return parse("one of " + List.of(type.getEnumConstants()), text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
    }

    IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException(file + ": field " + path + " " + problem
                + (node.isMissingNode() ? "" : " (found: " + node + ")"));
    }

    private <T> T parse(String expected, Function<String, T> parser) {
        try {
            return parser.apply(text());
        } catch (DateTimeException | IllegalArgumentException e) {
            throw invalid("must be " + expected);
        }
    }
}
