package dev.dunning.rules.scenarios;

import dev.dunning.rules.compiler.CompileProblem;
import dev.dunning.rules.compiler.RuleSetSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;

/**
 * Checks a rule set's size against its {@link VerificationLimits} before anything is compiled: files, bytes per file
 * and in all, then (only when the sizes are within bounds) DRL rules and scenarios. Each refusal is an error naming
 * the file, the line when known, and the limit.
 */
final class SourceLimits {
    private final VerificationLimits limits;

    SourceLimits(VerificationLimits limits) {
        this.limits = limits;
    }

    List<CompileProblem> check(RuleSetSource source) {
        List<CompileProblem> problems = sizes(source.files());
        if (problems.isEmpty()) {
            rules(source.filesEndingWith(".drl")).ifPresent(problems::add);
            scenarios(source.filesEndingWith(ScenarioFiles.SUFFIX)).ifPresent(problems::add);
        }
        return List.copyOf(problems);
    }

    /** Files past the count (the first one past it, in path order), files too large, and the total at the largest file. */
    private List<CompileProblem> sizes(Map<String, String> files) {
        List<CompileProblem> problems = new ArrayList<>();
        int count = 0;
        long total = 0;
        Map.Entry<String, Long> largest = Map.entry("", 0L);
        for (var file : files.entrySet()) {
            long bytes = file.getValue().getBytes(StandardCharsets.UTF_8).length;
            if (++count == limits.maxFiles() + 1) {
                problems.add(refused(file.getKey(), 0, "the rule set has " + files.size() + " files",
                        "max-files", limits.maxFiles() + " files"));
            }
            if (bytes > limits.maxFileSize()) {
                problems.add(refused(file.getKey(), 0, "the file has " + bytes + " bytes", "max-file-size",
                        limits.maxFileSize() + " bytes per file"));
            }
            largest = bytes > largest.getValue() ? Map.entry(file.getKey(), bytes) : largest;
            total += bytes;
        }
        if (total > limits.maxTotalSize()) {
            problems.add(refused(largest.getKey(), 0, "the rule set has " + total + " bytes in all (this, its largest file, has "
                    + largest.getValue() + ")", "max-total-size", limits.maxTotalSize() + " bytes in all"));
        }
        return problems;
    }

    /** The rule past the limit, counting the rules of every file in path order (a file that does not parse counts what parsed). */
    private Optional<CompileProblem> rules(Map<String, String> drlFiles) {
        int count = 0;
        for (var file : drlFiles.entrySet()) {
            for (RuleDescr rule : parse(file.getValue()).getRules()) {
                if (++count > limits.maxRules()) {
                    return Optional.of(refused(file.getKey(), rule.getLine(), "rule \"" + rule.getName()
                            + "\" is rule " + count + " of the rule set", "max-rules", limits.maxRules() + " rules"));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<CompileProblem> scenarios(Map<String, String> scenarioFiles) {
        int count = 0;
        for (var file : scenarioFiles.entrySet()) {
            count += countIn(file.getKey(), file.getValue());
            if (count > limits.maxScenarios()) {
                return Optional.of(refused(file.getKey(), 0, "with this file the rule set has " + count
                        + " scenarios", "max-scenarios", limits.maxScenarios() + " scenarios"));
            }
        }
        return Optional.empty();
    }

    private static int countIn(String path, String content) {
        try {
            return ScenarioFiles.read(path, content).size();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static PackageDescr parse(String text) {
        try {
            PackageDescr parsed = new DrlParser().parse(false, text);
            return parsed == null ? new PackageDescr() : parsed;
        } catch (Exception e) {
            return new PackageDescr();
        }
    }

    private static CompileProblem refused(String file, int line, String what, String limit, String bound) {
        return CompileProblem.error(file, line, 0, "Limit: " + what + ", over the limit " + limit + " of " + bound);
    }
}
