package dev.dunning.service.rulesets;

/** An upload that cannot be read as policy files: the part named by {@code field} says why. */
public class InvalidUpload extends RuntimeException {
    private final String field;

    InvalidUpload(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
