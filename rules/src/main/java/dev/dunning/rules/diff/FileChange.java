package dev.dunning.rules.diff;

/**
 * One file of the rule set that was added, removed or edited.
 *
 * @param path         the file's path inside the rule set, such as {@code escalation/escalation-ladder.dmn}
 * @param change       whether the file was added, removed or edited
 * @param addedLines   the lines only in the newer version (every line of an added file)
 * @param removedLines the lines only in the older version (every line of a removed file)
 * @param unifiedDiff  for an edited file, its unified diff with 3 lines of context ({@code --- a/path},
 *                     {@code +++ b/path}, {@code @@} hunks); {@code null} for an added or removed file
 */
public record FileChange(String path, Change change, int addedLines, int removedLines, String unifiedDiff) {
}
