package dev.dunning.rules.compiler;

import java.util.Map;
import java.util.Set;

/**
 * The FEEL built-in functions a DMN file may call (kie-dmn-feel 10.2 and its extended profile), and those it may not,
 * with why. A function in neither list, and not a business knowledge model or decision service of the file, is refused.
 */
final class FeelFunctions {
    static final Set<String> ALLOWED = Set.of(
            "date", "time", "date and time", "duration", "years and months duration", "string", "number", "substring",
            "substring before", "substring after", "string length", "upper case", "lower case", "contains",
            "starts with", "ends with", "matches", "replace", "list contains", "count", "min", "max", "sum", "mean",
            "sublist", "append", "concatenate", "insert before", "remove", "reverse", "index of", "union",
            "distinct values", "flatten", "decimal", "floor", "ceiling", "not", "sort", "get entries", "get value",
            "all", "any", "abs", "modulo", "product", "split", "stddev", "mode", "sqrt", "log", "exp", "even", "odd",
            "median", "day of week", "day of year", "month of year", "week of year", "is", "after", "before",
            "coincides", "starts", "started by", "finishes", "finished by", "during", "includes", "overlaps",
            "overlaps before", "overlaps after", "meets", "met by", "list replace", "string join", "context put",
            "context merge", "context", "round up", "round down", "round half up", "round half down", "range", "code",
            "nn any", "nn all", "nn count", "nn max", "nn mean", "nn median", "nn min", "nn mode", "nn stddev", "nn sum");

    static final Map<String, String> REFUSED = Map.of(
            "now", "now() reads the clock, so the same request could get another answer: pass the date in as input data",
            "today", "today() reads the clock, so the same request could get another answer: pass the date in as input data",
            "invoke", "invoke() calls other models by name at run time: use a business knowledge model of this file",
            "decision table", "decision table() builds a table from text at run time, which the sandbox cannot check");

    /** The regular-expression functions, whose pattern and flags must be literals the sandbox can judge. */
    static final Set<String> REGEX = Set.of("matches", "replace", "split");

    private FeelFunctions() {
    }

    /** Functions that may only be called by name with literal arguments the sandbox checks, never passed as values. */
    static boolean sensitive(String name) {
        return REFUSED.containsKey(name) || REGEX.contains(name);
    }
}
