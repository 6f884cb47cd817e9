package dev.dunning.rules.diff;

import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.decision.RuleSetRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compares two rule sets for the people who review policy changes: which files were added, removed or edited (with
 * a unified diff of each edit), and what the edits mean: DRL rules by {@code @id}, DMN decision-table rows by row id
 * and policy parameters by name and region. Neither rule set needs to compile; a file that cannot be parsed is
 * still diffed line by line, and named in the warnings.
 *
 * <p>Only the files that differ are parsed: a rule, row or parameter that moved from one file to another changed
 * both files, and the elements of a file that is the same on both sides cannot differ.
 */
public final class RuleSetDiff {
    private static final String DRL = ".drl";
    private static final String DMN = ".dmn";

    private RuleSetDiff() {
    }

    /** What changed from {@code from} (the older rule set) to {@code to} (the newer one). */
    public static RuleSetChanges between(RuleSetSource from, RuleSetSource to) {
        List<FileChange> files = FileDiffs.between(from.files(), to.files());
        Set<String> differing = files.stream().map(FileChange::path).collect(Collectors.toSet());
        List<String> warnings = new ArrayList<>();
        List<RuleChange> rules = DrlRules.between(
                select(from, DRL, differing), select(to, DRL, differing), warnings);
        List<RowChange> rows = DmnRows.between(
                select(from, DMN, differing), select(to, DMN, differing), warnings);
        List<ParameterChange> parameters = ParameterFiles.between(select(from, ParameterFiles.FILE_SUFFIX, differing),
                select(to, ParameterFiles.FILE_SUFFIX, differing), warnings);
        return new RuleSetChanges(ref(from), ref(to), files, rules, rows, parameters, warnings);
    }

    /** The files of the rule set with the given ending among the paths given. */
    private static SortedMap<String, String> select(RuleSetSource source, String suffix, Set<String> paths) {
        SortedMap<String, String> selected = new TreeMap<>(source.filesEndingWith(suffix));
        selected.keySet().retainAll(paths);
        return selected;
    }

    private static RuleSetRef ref(RuleSetSource source) {
        return new RuleSetRef(source.version(), source.hash());
    }
}
