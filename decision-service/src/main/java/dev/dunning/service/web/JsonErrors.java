package dev.dunning.service.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns Jackson's reading errors into the field they concern and a message a client developer can act on. */
public final class JsonErrors {
    private JsonErrors() {
    }

    public static Optional<FieldError> fieldError(Throwable cause) {
        if (cause instanceof JsonParseException) {
            return Optional.empty();
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Optional.of(new FieldError(path(mapping), message(mapping)));
        }
        return Optional.empty();
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String message(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + shown(invalid.getValue()) + "' is not one of " + Arrays.stream(target.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            }
            return "'" + shown(invalid.getValue()) + "' is not a valid " + simpleName(target);
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + simpleName(mismatched.getTargetType());
        }
        return e.getOriginalMessage();
    }

    /** A value as the message quotes it: at most 40 characters of it. */
    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "... (" + text.length() + " characters)";
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "value" : switch (type.getSimpleName()) {
            case "BigDecimal", "Integer", "Long", "int", "long" -> "number";
            case "OffsetDateTime" -> "date-time with offset (e.g. 2026-12-20T10:00:00+08:00)";
            case "LocalDate" -> "date (e.g. 2026-12-20)";
            case "Boolean", "boolean" -> "boolean";
            case "List" -> "array";
            default -> type.getSimpleName().endsWith("Map") || type.isRecord() ? "object" : type.getSimpleName();
        };
    }
}
