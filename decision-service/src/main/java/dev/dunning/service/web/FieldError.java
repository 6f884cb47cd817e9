package dev.dunning.service.web;

/** One bad field of a request: its path in the JSON body (e.g. {@code account.id}) and what is wrong with it. */
public record FieldError(String field, String message) {
}
