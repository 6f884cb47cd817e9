package dev.dunning.rules.contact;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** One template's YAML mapping: its fields as nodes, read with a problem at the line of whatever is wrong. */
final class TemplateEntry {
    /** Longer than any letter needs (the default pack's longest text is under 500 characters). */
    static final int MAX_TEXT = 4_000;
    private final Node node;
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();

    TemplateEntry(Node node) {
        this.node = node;
        if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(t -> {
                fields.put(scalar(t.getKeyNode()), t.getValueNode());
                lines.put(scalar(t.getKeyNode()), TemplateFile.line(t.getKeyNode()));
            });
        }
    }

    /** The line of the field, or of the template when the field is missing. */
    int line(String key) {
        return lines.getOrDefault(key, TemplateFile.line(node));
    }

    String required(String key, TemplateFile file) {
        String value = fields.containsKey(key) ? scalar(fields.get(key)) : null;
        if (value == null || value.isBlank()) {
            file.problem(line(key), name() + " has no " + key);
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, TemplateFile file) {
        String value = required(key, file);
        E[] choices = type.getEnumConstants();
        var match = Arrays.stream(choices).filter(c -> c.name().equals(value)).findFirst();
        if (value != null && match.isEmpty()) {
            file.problem(line(key), name() + ": unknown " + key + " " + value
                    + " (one of " + listed(Arrays.stream(choices)) + ")");
        }
        return match.orElse(null);
    }

    /** The text in each language, after checking that every language is there and every placeholder is known. */
    Map<String, String> texts(TemplateFile file) {
        Map<String, String> texts = new LinkedHashMap<>();
        Node text = fields.get("text");
        Map<String, Node> byLanguage = text == null ? Map.of() : new TemplateEntry(text).fields;
        byLanguage.forEach((tag, translation) -> {
            if (MessageLanguage.ofTag(tag).isEmpty()) {
                file.problem(TemplateFile.line(translation), name() + " has text in an unknown language " + tag
                        + " (templates are written in zh-CN and en)");
            } else if (scalar(translation) == null || scalar(translation).isBlank()) {
                file.problem(TemplateFile.line(translation), name() + " has an empty " + tag + " text");
            } else if (scalar(translation).length() > MAX_TEXT) {
                file.problem(TemplateFile.line(translation), name() + " has a " + tag + " text longer than " + MAX_TEXT
                        + " characters");
            } else {
                checkPlaceholders(tag, translation, file);
                texts.put(tag, scalar(translation));
            }
        });
        for (MessageLanguage language : MessageLanguage.values()) {
            if (!byLanguage.containsKey(language.tag())) {
                file.problem(line("text"), name() + " has no " + language.tag() + " text");
            }
        }
        return texts;
    }

    private void checkPlaceholders(String tag, Node text, TemplateFile file) {
        Matcher matcher = MessageTemplate.PLACEHOLDER.matcher(scalar(text));
        while (matcher.find()) {
            if (Placeholder.named(matcher.group(1)).isEmpty()) {
                file.problem(lineWithin(text, matcher.start()), name() + " uses an unknown placeholder {"
                        + matcher.group(1) + "} in its " + tag + " text (known: "
                        + listed(Arrays.stream(Placeholder.values()).map(p -> "{" + p.key() + "}")) + ")");
            }
        }
    }

    /** The line of a character of a text: exact in a literal block ({@code |}), the text's first line otherwise. */
    private static int lineWithin(Node text, int index) {
        if (!(text instanceof ScalarNode scalar) || scalar.getScalarStyle() != DumperOptions.ScalarStyle.LITERAL) {
            return TemplateFile.line(text);
        }
        long linesBefore = scalar.getValue().substring(0, index).chars().filter(c -> c == '\n').count();
        return TemplateFile.line(text) + 1 + (int) linesBefore;
    }

    private String name() {
        String id = scalar(fields.get("id"));
        return id == null ? "The template at line " + TemplateFile.line(node) : "Template " + id;
    }

    private static String listed(Stream<?> items) {
        return String.join(", ", items.map(String::valueOf).toList());
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }
}
