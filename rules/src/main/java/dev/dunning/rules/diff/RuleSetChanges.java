package dev.dunning.rules.diff;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dunning.rules.decision.RuleSetRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What changed from one rule set to another: the files, and what the edits mean for the DRL rules, the DMN
 * decision-table rows and the policy parameters. Unchanged elements are left out. Serializes to JSON as its fields
 * plus {@code summary}.
 *
 * @param from       the older rule set's version label and hash
 * @param to         the newer rule set's version label and hash
 * @param files      the files added, removed or edited, by path
 * @param rules      the DRL rules added, removed or changed, by {@code @id}
 * @param rows       the DMN decision-table rows added, removed or changed, by row id
 * @param parameters the policy parameters added, removed or changed, by name and region
 * @param warnings   files that could not be read, whose rules, rows or parameters are therefore not compared (their
 *                   file diff is still listed)
 */
public record RuleSetChanges(RuleSetRef from, RuleSetRef to, List<FileChange> files, List<RuleChange> rules,
        List<RowChange> rows, List<ParameterChange> parameters, List<String> warnings) {

    public RuleSetChanges {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
        rows = List.copyOf(rows);
        parameters = List.copyOf(parameters);
        warnings = List.copyOf(warnings);
    }

    /** Whether any file differs; every rule, row or parameter change comes with one. */
    public boolean hasChanges() {
        return !files.isEmpty();
    }

    /**
     * One line for people, such as {@code 2 files changed; rules: 1 added, 1 changed; table rows: 1 changed;
     * parameters: 1 changed}, or {@code no changes}.
     */
    @JsonProperty("summary")
    public String summary() {
        if (!hasChanges()) {
            return "no changes";
        }
        List<String> parts = new ArrayList<>();
        parts.add(filesSummary());
        section("rules", rules, RuleChange::change).ifPresent(parts::add);
        section("table rows", rows, RowChange::change).ifPresent(parts::add);
        section("parameters", parameters, ParameterChange::change).ifPresent(parts::add);
        if (!warnings.isEmpty()) {
            parts.add(count(warnings.size(), "warning"));
        }
        return String.join("; ", parts);
    }

    private String filesSummary() {
        if (files.stream().allMatch(file -> file.change() == Change.CHANGED)) {
            return count(files.size(), "file") + " changed";
        }
        return section("files", files, FileChange::change).orElseThrow();
    }

    private static <T> Optional<String> section(String title, List<T> items, Function<T, Change> change) {
        List<String> counts = new ArrayList<>();
        for (Change kind : List.of(Change.ADDED, Change.REMOVED, Change.CHANGED)) {
            long n = items.stream().filter(item -> change.apply(item) == kind).count();
            if (n > 0) {
                counts.add(n + " " + kind.name().toLowerCase(Locale.ROOT));
            }
        }
        return counts.isEmpty() ? Optional.empty()
                : Optional.of(title + ": " + String.join(", ", counts));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
