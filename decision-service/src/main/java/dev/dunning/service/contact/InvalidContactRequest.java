package dev.dunning.service.contact;

/** A call of the contact API with a bad value in {@code field} (answered 400 naming the field). */
public class InvalidContactRequest extends RuntimeException {
    private final String field;

    InvalidContactRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
