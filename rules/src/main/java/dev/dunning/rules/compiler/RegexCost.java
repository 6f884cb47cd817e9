package dev.dunning.rules.compiler;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A small, conservative judge of what a regular expression can cost a backtracking engine (Java's, and Saxon's for
 * FEEL {@code matches} and {@code replace}). It refuses the shapes that backtrack catastrophically (a repetition over
 * something that itself repeats, is optional or has alternatives: {@code (a+)+}, {@code (a|a)*}, {@code (a?)*}),
 * backreferences and lookarounds (which no linear engine offers), more than {@link #MAX_OPEN_REPEATS} open-ended
 * repetitions (each one multiplies the work on a failing input), large counted repetitions, deep groups and long
 * patterns. It refuses some harmless patterns too: the reason always says how to write the pattern instead.
 */
public final class RegexCost {
    public static final int MAX_LENGTH = 100;
    public static final int MAX_OPEN_REPEATS = 3;
    public static final int MAX_COUNT = 100;
    public static final int MAX_GROUP_DEPTH = 5;

    private RegexCost() {
    }

    /** Empty when the pattern is cheap to match; otherwise why it is refused, in words an analyst understands. */
    public static Optional<String> check(String pattern) {
        if (pattern == null) {
            return Optional.of("the pattern is missing");
        }
        if (pattern.length() > MAX_LENGTH) {
            return Optional.of("the pattern is " + pattern.length() + " characters long, more than " + MAX_LENGTH);
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return Optional.of("the pattern is not a valid regular expression: " + e.getDescription());
        }
        try {
            new RegexShape(pattern).read();
            return Optional.empty();
        } catch (RegexShape.Refused refused) {
            return Optional.of(refused.getMessage());
        }
    }
}
