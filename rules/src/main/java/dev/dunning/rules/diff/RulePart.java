package dev.dunning.rules.diff;

/** The part of a DRL rule that differs between two versions of the rule. */
public enum RulePart {
    /** The rule's name (its id stayed the same). */
    NAME,
    /** The file that holds the rule: the rule moved. */
    FILE,
    /** Annotations such as {@code @id}, {@code @source} and {@code @grade}, and attributes such as salience. */
    METADATA,
    /** The {@code when} part. */
    CONDITIONS,
    /** The {@code then} part. */
    CONSEQUENCE,
    /** Text outside the parts above, such as a comment between them. */
    OTHER_TEXT
}
