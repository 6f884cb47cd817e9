package dev.dunning.service.web;

import java.util.Optional;

/**
 * How every boolean request parameter is read, privacy switches such as {@code unmasked} first: {@code true} or
 * {@code false}, given once; absent or empty means not given. Anything else ({@code 1}, {@code yes}, {@code on},
 * {@code TRUE}, a second value) is refused, never guessed. The controllers read parameters through this
 * ({@link StrictBooleanParameters}) and so does any authorization rule that looks at a switch, so both see one value.
 */
public final class StrictBoolean {
    static final String EXPECTED = "must be true or false, given once";

    private StrictBoolean() {
    }

    /** The parameter's values as the request holds them ({@code getParameterValues}); empty when not given. */
    public static Optional<Boolean> of(String[] values) {
        if (values == null || values.length == 0) {
            return Optional.empty();
        }
        if (values.length > 1) {
            throw new IllegalArgumentException(EXPECTED);
        }
        return of(values[0]);
    }

    public static Optional<Boolean> of(String value) {
        return switch (value) {
            case null -> Optional.empty();
            case "" -> Optional.empty();
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw new IllegalArgumentException(EXPECTED);
        };
    }
}
