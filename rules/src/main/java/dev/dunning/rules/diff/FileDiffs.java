package dev.dunning.rules.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

/** The files added, removed or edited between two rule sets, with java-diff-utils' unified diff of each edit. */
final class FileDiffs {
    static final int CONTEXT_LINES = 3;

    private FileDiffs() {
    }

    static List<FileChange> between(SortedMap<String, String> before, SortedMap<String, String> after) {
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<FileChange> changes = new ArrayList<>();
        for (String path : paths) {
            String older = before.get(path);
            String newer = after.get(path);
            if (older == null) {
                changes.add(new FileChange(path, Change.ADDED, lines(newer).size(), 0, null));
            } else if (newer == null) {
                changes.add(new FileChange(path, Change.REMOVED, 0, lines(older).size(), null));
            } else if (!older.equals(newer)) {
                changes.add(edited(path, older, newer));
            }
        }
        return changes;
    }

    private static FileChange edited(String path, String older, String newer) {
        List<String> olderLines = lines(older);
        Patch<String> patch = DiffUtils.diff(olderLines, lines(newer));
        int added = 0;
        int removed = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            added += delta.getTarget().size();
            removed += delta.getSource().size();
        }
        List<String> diff = patch.getDeltas().isEmpty()
                ? List.of("--- a/" + path, "+++ b/" + path, "(only line endings or the final newline differ)")
                : UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, olderLines, patch, CONTEXT_LINES);
        return new FileChange(path, Change.CHANGED, added, removed, String.join("\n", diff) + "\n");
    }

    /** The file's lines, whatever their line endings. */
    private static List<String> lines(String text) {
        return text.lines().toList();
    }
}
