package dev.dunning.service.audit;

/** A field whose replayed value differs from the recorded one; a missing side is null. */
public record FieldDifference(String field, String recorded, String replayed) {
}
