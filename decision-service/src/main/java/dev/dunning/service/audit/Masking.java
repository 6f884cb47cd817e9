package dev.dunning.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Masks personal information in what the log holds: the customer's name keeps its first character
 * ({@code 刘先生 → 刘**}), and a phone number anywhere in the text, in any form, keeps its country code, its area code
 * or first three digits and its last four ({@code 13812345678 → 138****5678}, {@code +86 10 6512 3456 → +86 10 **** 3456};
 * see {@link PhoneNumbers}). Numbers keep their exact form.
 */
public final class Masking {
    /** Texts that are ids, not prose: content hashes and UUIDs hold digit runs that are no phone numbers. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32,}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    private static final ObjectMapper EXACT = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private Masking() {
    }

    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }

    /** Every phone number in {@code text} masked ({@link PhoneNumbers}: all the forms people write). */
    public static String phones(String text) {
        return PhoneNumbers.masked(text);
    }

    /** The customer's name in a decision's content JSON, or null for other entries. */
    static String customerName(String json) {
        JsonNode name = read(json).path("request").path("account").path("name");
        return name.isTextual() ? name.asText() : null;
    }

    /**
     * The content JSON with the account's name masked wherever it appears (its own field, and texts that quote it, such
     * as a rendered message) and every phone number in it masked.
     */
    static String content(String json) {
        try {
            JsonNode tree = read(json);
            JsonNode name = tree.path("request").path("account").path("name");
            String plain = name.isTextual() && !name.asText().isBlank() ? name.asText() : null;
            return EXACT.writeValueAsString(maskText(tree, plain));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A log entry is not readable JSON", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return EXACT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A log entry is not readable JSON", e);
        }
    }

    private static JsonNode maskText(JsonNode node, String customerName) {
        if (node.isTextual()) {
            String text = customerName == null ? node.asText() : node.asText().replace(customerName, name(customerName));
            return TextNode.valueOf(ID.matcher(text).matches() ? text : phones(text));
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                field.setValue(maskText(field.getValue(), customerName));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, maskText(node.get(i), customerName));
            }
        }
        return node;
    }
}
