package dev.dunning.rules.compiler;

import java.util.Optional;

/** Interim: refuses long patterns and nested quantifiers (replaced by the full checker of the DMN gate). */
final class RegexCost {
    private RegexCost() {
    }

    static Optional<String> check(String pattern) {
        if (pattern.length() > 200) {
            return Optional.of("is longer than 200 characters");
        }
        if (pattern.matches(".*\\([^)]*[+*}][^)]*\\)[+*{].*") || pattern.matches(".*\\\\[1-9].*")) {
            return Optional.of("can take exponential time (a repeated group that repeats, or a back reference)");
        }
        return Optional.empty();
    }
}
