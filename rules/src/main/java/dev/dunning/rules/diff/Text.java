package dev.dunning.rules.diff;

import java.util.regex.Pattern;

/** Text normalization shared by the comparisons. */
final class Text {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Text() {
    }

    /** The text stripped, every run of whitespace made one space; {@code null} stays {@code null}. */
    static String collapse(String text) {
        return text == null ? null : WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }
}
