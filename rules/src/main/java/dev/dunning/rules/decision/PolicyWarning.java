package dev.dunning.rules.decision;

/**
 * Something a rule found questionable but not wrong enough to stop the decision, e.g. a tariff below a national floor.
 * Rules insert these; the decision lists them among its warnings with their source.
 */
public record PolicyWarning(String code, String message, String source) {

    public String text() {
        return code + ": " + message + " (" + source + ")";
    }
}
