package dev.dunning.rules.contact;

import dev.dunning.rules.pack.Json;
import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.EscalationStep;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** One template file: a YAML list of templates, read as nodes so that each problem has the line it is on. */
final class TemplateFile {
    private final String path;
    private final List<TemplateProblem> problems;

    TemplateFile(String path, List<TemplateProblem> problems) {
        this.path = path;
        this.problems = problems;
    }

    /** Adds this file's valid templates to those read so far. */
    void read(String content, List<MessageTemplate> templates) {
        Node root;
        try {
            root = new Yaml(Json.yamlLoaderOptions()).compose(new StringReader(content));
        } catch (YAMLException e) {
            Mark mark = e instanceof MarkedYAMLException marked ? marked.getProblemMark() : null;
            problem(mark == null ? 0 : mark.getLine() + 1, "Not valid YAML: " + e.getMessage());
            return;
        }
        if (root != null && !(root instanceof SequenceNode)) {
            problem(line(root), "A template file is a YAML list of templates");
        } else if (root != null) {
            ((SequenceNode) root).getValue().forEach(node -> template(new TemplateEntry(node), templates)
                    .ifPresent(templates::add));
        }
    }

    private Optional<MessageTemplate> template(TemplateEntry entry, List<MessageTemplate> earlier) {
        int before = problems.size();
        String id = entry.required("id", this);
        EscalationStep step = entry.choice("step", EscalationStep.class, this);
        CustomerType customerType = entry.choice("customerType", CustomerType.class, this);
        Tone tone = entry.choice("tone", Tone.class, this);
        String source = entry.required("source", this);
        var texts = entry.texts(this);
        if (step == EscalationStep.NONE) {
            problem(entry.line("step"), "Template " + id + ": the step NONE sends no message");
        }
        if (id != null && earlier.stream().anyMatch(t -> t.id().equals(id))) {
            problem(entry.line("id"), "Template id " + id + " is used twice");
        }
        if (problems.size() == before && new MessageTemplates(earlier).find(step, customerType, tone).isPresent()) {
            problem(entry.line("id"), "Template " + id + ": another template is already for " + step + ", "
                    + customerType + ", " + tone);
        }
        return problems.size() > before ? Optional.empty()
                : Optional.of(new MessageTemplate(id, step, customerType, tone, source, texts));
    }

    void problem(int line, String message) {
        problems.add(new TemplateProblem(path, line, message));
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
