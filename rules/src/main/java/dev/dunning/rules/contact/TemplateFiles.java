package dev.dunning.rules.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the message templates of a rule set from its {@code contact/templates/*.yaml} files, with every problem
 * (unknown placeholder, step, customer type or tone, a missing language, a duplicate id) at its file and line.
 */
public final class TemplateFiles {
    public static final String FOLDER = "contact/templates/";

    public record Outcome(MessageTemplates templates, List<TemplateProblem> problems) {
    }

    private TemplateFiles() {
    }

    public static boolean isTemplateFile(String path) {
        return (path.startsWith(FOLDER) || path.contains("/" + FOLDER)) && path.endsWith(".yaml");
    }

    public static Outcome read(Map<String, String> files) {
        List<MessageTemplate> templates = new ArrayList<>();
        List<TemplateProblem> problems = new ArrayList<>();
        files.forEach((path, content) -> {
            if (isTemplateFile(path)) {
                new TemplateFile(path, problems).read(content, templates);
            }
        });
        return new Outcome(new MessageTemplates(templates), List.copyOf(problems));
    }
}
