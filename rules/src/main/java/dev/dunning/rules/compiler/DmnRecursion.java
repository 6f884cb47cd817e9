package dev.dunning.rules.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses recursion: a decision, business knowledge model or decision service that calls or requires itself,
 * directly or through others, has no bound on how deep it goes (a {@code StackOverflowError} in the engine).
 */
final class DmnRecursion {
    private DmnRecursion() {
    }

    /** The first cycle found, as the names along it; empty when the file has none. */
    static Optional<List<String>> cycle(Map<String, Set<String>> dependencies) {
        Map<String, Integer> state = new LinkedHashMap<>();
        for (String start : dependencies.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> found = visit(start, dependencies, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> visit(String node, Map<String, Set<String>> dependencies,
                                                Map<String, Integer> state, List<String> path) {
        Integer seen = state.get(node);
        if (seen != null && seen == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        if (seen != null) {
            return Optional.empty();
        }
        state.put(node, 1);
        path.add(node);
        for (String next : dependencies.getOrDefault(node, Set.of())) {
            Optional<List<String>> found = visit(next, dependencies, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        path.removeLast();
        state.put(node, 2);
        return Optional.empty();
    }

    /** The dependencies among the file's decisions, models and services only, ids resolved to names. */
    static Map<String, Set<String>> among(DmnModel model) {
        Set<String> owners = new HashSet<>(model.ownerLines.keySet());
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        model.dependencies.forEach((owner, targets) -> {
            Set<String> edges = new LinkedHashSet<>();
            for (String target : targets) {
                String name = owners.contains(target) ? target : model.namesById.get(target);
                if (name != null && owners.contains(name)) {
                    edges.add(name);
                }
            }
            graph.put(owner, edges);
        });
        return graph;
    }
}
