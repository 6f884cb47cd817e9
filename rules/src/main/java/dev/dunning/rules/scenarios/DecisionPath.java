package dev.dunning.rules.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dotted paths into a decision's JSON, with list indexes: {@code charges.lateFees[0].amount}. */
final class DecisionPath {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private DecisionPath() {
    }

    static JsonNode resolve(JsonNode root, String path) {
        JsonNode node = root;
        for (String segment : path.split("\\.")) {
            Matcher matcher = SEGMENT.matcher(segment);
            if (!matcher.matches()) {
                return MissingNode.getInstance();
            }
            node = node.path(matcher.group(1));
            Matcher index = INDEX.matcher(matcher.group(2));
            while (index.find()) {
                node = node.path(Integer.parseInt(index.group(1)));
            }
        }
        return node;
    }

    /** Numbers compare by value (1920 equals 1920.00); lists and objects by structure; the rest by text. */
    static boolean same(JsonNode expected, JsonNode actual) {
        if (expected.isContainerNode()) {
            return expected.equals(actual);
        }
        if (expected.isNull()) {
            return actual.isNull() || actual.isMissingNode();
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return !actual.isMissingNode() && expected.asText().equals(actual.asText());
    }
}
