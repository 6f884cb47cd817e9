package dev.dunning.rules.compiler;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One problem found while compiling a rule set, located by file, line and column (0 when unknown). */
public record CompileProblem(Severity severity, String file, int line, int column, String message) {

    public enum Severity { ERROR, WARNING }

    public static CompileProblem error(String file, int line, int column, String message) {
        return new CompileProblem(Severity.ERROR, file, Math.max(line, 0), Math.max(column, 0), message.strip());
    }

    public static CompileProblem warning(String file, int line, int column, String message) {
        return new CompileProblem(Severity.WARNING, file, Math.max(line, 0), Math.max(column, 0), message.strip());
    }

    @JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + file + ":" + line + ":" + column + " " + message;
    }
}
