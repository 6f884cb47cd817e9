package dev.dunning.rules.compiler;

import dev.dunning.rules.compiler.DmnModel.FeelText;
import dev.dunning.rules.compiler.FeelCheck.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.dmn.api.feel.runtime.events.FEELEvent;
import org.kie.dmn.feel.lang.Type;

/**
 * Checks every FEEL text of a DMN file on its parsed syntax tree ({@link FeelParse}, {@link FeelCheck}) and its
 * tokens ({@link FeelTokens}); anything that does not parse is refused, with its line in the file.
 */
final class FeelGate {
    private final String path;
    private final DmnLimits limits;
    private final Map<String, Type> names;
    private final Set<String> callable;
    /** Tables repeat the same texts ("-", "null", literals): each distinct text is read once per file. */
    private final Map<String, Read> seen = new HashMap<>();

    private record Read(List<Finding> findings, Set<String> references) {
    }

    FeelGate(String path, DmnLimits limits, Map<String, Type> names, Set<String> callable) {
        this.path = path;
        this.limits = limits;
        this.names = names;
        this.callable = callable;
    }

    /** The problems of one text; the names it refers to are added to {@code references}. */
    List<CompileProblem> check(FeelText text, Set<String> references) {
        Read read = seen.computeIfAbsent((text.unaryTests() ? "U:" : "E:") + text.text(), key -> {
            Set<String> found = new LinkedHashSet<>();
            return new Read(findings(text, found), found);
        });
        references.addAll(read.references());
        List<Finding> findings = read.findings();
        List<CompileProblem> problems = new ArrayList<>();
        for (Finding finding : new LinkedHashSet<>(findings)) {
            int line = text.line() + finding.line() - 1;
            int column = finding.line() == 1 ? text.column() + finding.column() : finding.column() + 1;
            String where = text.element() == null ? "" : "element " + text.element() + ", ";
            problems.add(CompileProblem.error(path, line, column, "Sandbox: " + finding.message() + " (" + where
                    + "FEEL: " + excerpt(text.text()) + ")"));
        }
        return problems;
    }

    private List<Finding> findings(FeelText feel, Set<String> references) {
        String text = feel.text();
        if (text.length() > limits.maxTextLength()) {
            return List.of(new Finding("a FEEL text of " + text.length() + " characters is longer than the "
                    + limits.maxTextLength() + " allowed", 1, 0));
        }
        if (FeelNesting.depth(text) > limits.maxFeelDepth()) {
            return List.of(new Finding("the expression is nested more than " + limits.maxFeelDepth() + " deep", 1, 0));
        }
        FeelParse.Parsed parsed;
        try {
            parsed = FeelParse.parse(text, feel.unaryTests(), names);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new Finding("this FEEL text cannot be read: " + e.getClass().getSimpleName(), 1, 0));
        }
        return parsed.ok() ? tree(parsed, references) : List.of(syntax(parsed.errors()));
    }

    private List<Finding> tree(FeelParse.Parsed parsed, Set<String> references) {
        FeelCheck check = new FeelCheck(limits, callable);
        check.check(parsed.ast());
        references.addAll(check.references);
        if (!check.findings.isEmpty()) {
            return check.findings;
        }
        return FeelTokens.check(parsed.tokens(), check).stream().toList();
    }

    private static Finding syntax(List<FEELEvent> errors) {
        FEELEvent first = errors.isEmpty() ? null : errors.getFirst();
        String message = first == null ? "no syntax tree" : first.getMessage();
        return new Finding("this is not valid FEEL, so the sandbox cannot check it: " + message,
                first == null ? 1 : Math.max(1, first.getLine()), first == null ? 0 : Math.max(0, first.getColumn()));
    }

    private static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }
}
