package dev.dunning.rules.contact;

/** Why a template file cannot be used, at its line (1-based; 0 when unknown). The compiler reports it as an error. */
public record TemplateProblem(String file, int line, String message) {
}
