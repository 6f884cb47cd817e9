package dev.dunning.service.web;

/** A request that cannot be served as asked: answered 400, naming the field or parameter at fault. */
public class InvalidField extends RuntimeException {
    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
