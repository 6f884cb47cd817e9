package dev.dunning.rules.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the sandbox learned from one DMN file's elements: its FEEL texts with their places, the names FEEL can refer
 * to, the functions it may call (business knowledge models and decision services) and who depends on whom.
 */
final class DmnModel {
    final List<FeelText> texts = new ArrayList<>();
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> callable = new LinkedHashSet<>();
    final Map<String, Integer> ownerLines = new LinkedHashMap<>();
    final Map<String, String> namesById = new HashMap<>();
    final Map<String, Set<String>> dependencies = new LinkedHashMap<>();

    /**
     * One FEEL text: an expression or a list of unary tests, where its text starts in the file, the decision,
     * business knowledge model or decision service it belongs to (null outside them), and the id of the nearest
     * element that has one (the table entry, the literal expression), as the DMN validator names it.
     */
    record FeelText(String text, boolean unaryTests, int line, int column, String owner, String element) {
    }

    void depend(String owner, String on) {
        if (owner != null && on != null) {
            dependencies.computeIfAbsent(owner, o -> new LinkedHashSet<>()).add(on);
        }
    }
}
