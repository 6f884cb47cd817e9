package dev.dunning.rules.compiler;

import static org.kie.dmn.validation.DMNValidator.Validation.ANALYZE_DECISION_TABLE;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_COMPILATION;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_MODEL;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_SCHEMA;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;
import org.kie.kogito.dmn.DMNKogito;

/** Validates the DMN files of a rule set (schema, model, compilation) and builds one DMN runtime from them. */
final class DmnCompiler {
    private final DMNValidator validator = DMNValidatorFactory.newValidator();
    private final DmnSandboxGate sandbox = new DmnSandboxGate();

    record Outcome(DMNRuntime runtime, List<CompileProblem> problems) {
    }

    /** The sandbox's refusals of the files (the gate remembers files that passed, so a compile after it is cheap). */
    List<CompileProblem> sandbox(Map<String, String> dmnFiles) {
        List<CompileProblem> problems = new ArrayList<>();
        dmnFiles.forEach((path, content) -> problems.addAll(sandbox.check(path, content)));
        return problems;
    }

    Outcome compile(Map<String, String> dmnFiles) {
        List<CompileProblem> problems = sandbox(dmnFiles);
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        dmnFiles.forEach((path, content) -> problems.addAll(validate(path, content)));
        if (problems.stream().anyMatch(CompileProblem::isError)) {
            return new Outcome(null, problems);
        }
        Reader[] readers = dmnFiles.values().stream().map(StringReader::new).toArray(Reader[]::new);
        return new Outcome(DMNKogito.createGenericDMNRuntime(Set.of(), false, readers), problems);
    }

    private List<CompileProblem> validate(String path, String content) {
        List<DMNMessage> messages = validator.validateUsing(VALIDATE_SCHEMA, VALIDATE_MODEL, VALIDATE_COMPILATION)
                .theseModels(new StringReader(content));
        return messages.stream()
                .filter(m -> m.getSeverity() != DMNMessage.Severity.INFO)
                .map(m -> m.getSeverity() == DMNMessage.Severity.ERROR
                        ? CompileProblem.error(path, m.getLine(), m.getColumn(), describe(m))
                        : CompileProblem.warning(path, m.getLine(), m.getColumn(), describe(m)))
                .toList();
    }

    /**
     * The analysis of every decision table of the files, for validation only (compiling does not need it). A file the
     * sandbox refuses is never handed to KIE's reader: its refusals come back instead.
     */
    List<CompileProblem> analyze(Map<String, String> dmnFiles) {
        List<CompileProblem> problems = new ArrayList<>();
        dmnFiles.forEach((path, content) -> {
            List<CompileProblem> refused = sandbox.check(path, content);
            problems.addAll(refused.isEmpty() ? tableAnalysis(path, content) : refused);
        });
        return problems;
    }

    /**
     * Gaps and overlaps of the decision tables, as warnings for the analyst: with hit policy FIRST an overlap is often
     * intended and a gap is where the last row (or no row) answers, so they never stop a rule set.
     */
    private List<CompileProblem> tableAnalysis(String path, String content) {
        return validator.validateUsing(ANALYZE_DECISION_TABLE).theseModels(new StringReader(content)).stream()
                .filter(m -> m.getSeverity() != DMNMessage.Severity.INFO)
                .map(m -> CompileProblem.warning(path, m.getLine(), m.getColumn(), "Decision table analysis: " + describe(m)))
                .toList();
    }

    private static String describe(DMNMessage message) {
        return message.getSourceId() == null ? message.getText() : message.getText() + " (element " + message.getSourceId() + ")";
    }
}
