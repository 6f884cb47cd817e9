package dev.dunning.service.rulesets;

/** A policy upload above one of its limits: the part named by {@code field}, the limit set by {@code property}. */
public class UploadTooLarge extends RuntimeException {
    private final String field;
    private final String property;
    private final long limit;

    UploadTooLarge(String field, String property, long limit, String message) {
        super(message);
        this.field = field;
        this.property = property;
        this.limit = limit;
    }

    public String field() {
        return field;
    }

    public String property() {
        return property;
    }

    public long limit() {
        return limit;
    }
}
