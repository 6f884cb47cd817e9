package dev.dunning.rules.compiler;

/**
 * Reads the structure of a regular expression that {@link java.util.regex.Pattern} accepted, just far enough for
 * {@link RegexCost}: groups, alternatives, character classes, escapes and quantifiers. An atom is <em>variable</em>
 * when it can match in more than one way (it holds an alternative or a quantifier whose minimum and maximum differ);
 * repeating a variable atom is what makes a backtracking engine take exponential time.
 */
final class RegexShape {
    private static final int OPEN = Integer.MAX_VALUE;
    private final String pattern;
    private int at;
    private int openRepeats;

    RegexShape(String pattern) {
        this.pattern = pattern;
    }

    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    void read() {
        alternatives(0);
        if (at < pattern.length()) {
            throw new Refused("the pattern has an unbalanced parenthesis");
        }
    }

    private boolean alternatives(int depth) {
        boolean variable = sequence(depth);
        while (more() && peek() == '|') {
            at++;
            sequence(depth);
            variable = true;
        }
        return variable;
    }

    private boolean sequence(int depth) {
        boolean variable = false;
        while (more() && peek() != '|' && peek() != ')') {
            variable |= quantified(atom(depth));
        }
        return variable;
    }

    private boolean atom(int depth) {
        char c = pattern.charAt(at++);
        return switch (c) {
            case '(' -> group(depth);
            case '[' -> characterClass();
            case '\\' -> escape();
            default -> false;
        };
    }

    private boolean group(int depth) {
        if (more() && peek() == '?') {
            refuseSpecialGroup();
            at += 2;
        }
        if (depth + 1 > RegexCost.MAX_GROUP_DEPTH) {
            throw new Refused("groups are nested more than " + RegexCost.MAX_GROUP_DEPTH + " deep");
        }
        boolean variable = alternatives(depth + 1);
        if (!more() || peek() != ')') {
            throw new Refused("the pattern has an unbalanced parenthesis");
        }
        at++;
        return variable;
    }

    private void refuseSpecialGroup() {
        String next = pattern.substring(at, Math.min(pattern.length(), at + 3));
        if (next.startsWith("?:")) {
            return;
        }
        if (next.startsWith("?=") || next.startsWith("?!") || next.startsWith("?<=") || next.startsWith("?<!")) {
            throw new Refused("lookahead and lookbehind groups are not allowed");
        }
        throw new Refused("only plain groups (...) and (?:...) are allowed, not " + "(" + next + "...");
    }

    private boolean characterClass() {
        int depth = 1;
        if (more() && peek() == '^') {
            at++;
        }
        if (more() && peek() == ']') {
            at++;
        }
        while (more() && depth > 0) {
            char c = pattern.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
        return false;
    }

    private boolean escape() {
        char c = pattern.charAt(at++);
        if (c >= '1' && c <= '9' || c == 'k') {
            throw new Refused("backreferences (\\1, \\k<name>) are not allowed");
        }
        if (c == 'Q') {
            throw new Refused("quoting with \\Q...\\E is not allowed: escape each character instead");
        }
        if ((c == 'p' || c == 'P' || c == 'x') && more() && peek() == '{') {
            at = pattern.indexOf('}', at) + 1;
        }
        return false;
    }

    private boolean quantified(boolean variable) {
        boolean result = variable;
        while (more() && "*+?{".indexOf(peek()) >= 0) {
            int[] bounds = bounds();
            if (bounds == null) {
                return result;
            }
            lazyOrPossessive();
            if (bounds[1] > 1 && result) {
                throw new Refused("a repetition over something that itself repeats, is optional or has alternatives"
                        + " (like (a+)+, (a?)* or (a|b)*) can take exponential time: use a character class such as"
                        + " [ab]* or a single repetition");
            }
            count(bounds);
            result = result || bounds[0] != bounds[1];
        }
        return result;
    }

    private void count(int[] bounds) {
        if (bounds[1] == OPEN && ++openRepeats > RegexCost.MAX_OPEN_REPEATS) {
            throw new Refused("more than " + RegexCost.MAX_OPEN_REPEATS + " open-ended repetitions (*, +, {n,})"
                    + " make a failing match slow");
        }
        if (bounds[1] != OPEN && bounds[1] > RegexCost.MAX_COUNT || bounds[0] > RegexCost.MAX_COUNT) {
            throw new Refused("a counted repetition above " + RegexCost.MAX_COUNT + " is not allowed");
        }
    }

    private int[] bounds() {
        char c = pattern.charAt(at);
        if (c != '{') {
            at++;
            return c == '*' ? new int[] {0, OPEN} : c == '+' ? new int[] {1, OPEN} : new int[] {0, 1};
        }
        int close = pattern.indexOf('}', at);
        String inside = close < 0 ? "" : pattern.substring(at + 1, close);
        if (!inside.matches("\\d{1,6}(,\\d{0,6})?")) {
            return null;
        }
        at = close + 1;
        String[] parts = inside.split(",", -1);
        int min = Integer.parseInt(parts[0]);
        int max = parts.length == 1 ? min : parts[1].isEmpty() ? OPEN : Integer.parseInt(parts[1]);
        return new int[] {min, max};
    }

    private void lazyOrPossessive() {
        if (more() && peek() == '?') {
            at++;
        } else if (more() && peek() == '+') {
            throw new Refused("possessive quantifiers (*+, ++) are not allowed");
        }
    }

    private boolean more() {
        return at < pattern.length();
    }

    private char peek() {
        return pattern.charAt(at);
    }
}
