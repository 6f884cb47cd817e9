package dev.dunning.rules.compiler;

/**
 * Where a DRL file breaks the policy profile: its line and column, the part of the profile (file, package, imports,
 * declarations, attributes, metadata, conditions, consequences) and what is wrong, in an analyst's words.
 */
record ProfileFinding(int line, int column, String part, String message) {

    CompileProblem problem(String file) {
        return CompileProblem.error(file, line, column, "Sandbox: " + message + " (policy profile: " + part + ")");
    }
}
