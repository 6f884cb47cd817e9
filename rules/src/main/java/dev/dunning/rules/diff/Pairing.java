package dev.dunning.rules.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the elements of the older and the newer rule set by key: the newer set's elements in order (with their older
 * counterpart, if any), then the elements only in the older set. A key used twice within one set is qualified (by
 * file) so that no element is lost.
 */
final class Pairing {

    record Pair<T>(String key, T before, T after) {
    }

    private Pairing() {
    }

    static <T> List<Pair<T>> of(List<T> before, List<T> after, Function<T, String> key,
            Function<T, String> qualifiedKey) {
        Map<String, T> older = keyed(before, key, qualifiedKey);
        Map<String, T> newer = keyed(after, key, qualifiedKey);
        List<Pair<T>> pairs = new ArrayList<>();
        newer.forEach((k, element) -> pairs.add(new Pair<>(k, older.get(k), element)));
        older.forEach((k, element) -> {
            if (!newer.containsKey(k)) {
                pairs.add(new Pair<>(k, element, null));
            }
        });
        return pairs;
    }

    private static <T> Map<String, T> keyed(List<T> elements, Function<T, String> key,
            Function<T, String> qualifiedKey) {
        Map<String, Integer> uses = new HashMap<>();
        elements.forEach(element -> uses.merge(key.apply(element), 1, Integer::sum));
        Map<String, T> keyed = new LinkedHashMap<>();
        for (T element : elements) {
            String k = uses.get(key.apply(element)) == 1 ? key.apply(element) : qualifiedKey.apply(element);
            String unique = k;
            for (int n = 2; keyed.containsKey(unique); n++) {
                unique = k + " #" + n;
            }
            keyed.put(unique, element);
        }
        return keyed;
    }
}
