package dev.dunning.datasets.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.dunning.rules.pack.Json;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The cells of one CSV row by column name, parsed; an empty cell is an absent value. A bad cell names its column. */
final class Cells {
    /** A number, date, code or switch cell is never longer; a longer one is refused before it is parsed. */
    static final int MAX_SCALAR_CHARS = 100;
    private final Map<String, Integer> columns;
    private final String[] cells;

    Cells(Map<String, Integer> columns, String[] cells) {
        this.columns = columns;
        this.cells = cells;
    }

    String text(String column) {
        String cell = cells[columns.get(column)];
        return cell.isEmpty() ? null : cell;
    }

    boolean isEmpty(String... columns) {
        return Arrays.stream(columns).allMatch(c -> text(c) == null);
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        return parse(column, text -> Enum.valueOf(type, text), "one of " + Arrays.toString(type.getEnumConstants()));
    }

    BigDecimal decimal(String column) {
        return parse(column, BigDecimal::new, "a number");
    }

    Integer integer(String column) {
        return parse(column, Integer::valueOf, "a whole number");
    }

    Boolean bool(String column) {
        return parse(column, Cells::strictBoolean, "true or false");
    }

    LocalDate date(String column) {
        return parse(column, LocalDate::parse, "an ISO-8601 date");
    }

    ZoneId zone(String column) {
        return parse(column, ZoneId::of, "a time zone such as Asia/Shanghai");
    }

    OffsetDateTime dateTime(String column) {
        return parse(column, OffsetDateTime::parse, "an ISO-8601 date-time with offset");
    }

    <T> T json(String column, TypeReference<T> type) {
        String text = text(column);
        try {
            return text == null ? null : Json.json().readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new BadCell(column + ": not valid JSON for this column (" + e.getOriginalMessage() + ")");
        }
    }

    <E extends Enum<E>> List<E> enumList(String column, Class<E> type) {
        String text = text(column);
        return text == null ? List.of() : Arrays.stream(text.split("\\|"))
                .map(code -> parse(column, code, c -> Enum.valueOf(type, c), "codes of " + Arrays.toString(type.getEnumConstants())))
                .toList();
    }

    private <T> T parse(String column, Function<String, T> parser, String expected) {
        String text = text(column);
        return text == null ? null : parse(column, text, parser, expected);
    }

    private static <T> T parse(String column, String text, Function<String, T> parser, String expected) {
        if (text.length() > MAX_SCALAR_CHARS) {
            throw new BadCell(column + ": '" + text.substring(0, 20) + "...' (" + text.length()
                    + " characters) is not " + expected);
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new BadCell(column + ": '" + text + "' is not " + expected);
        }
    }

    private static Boolean strictBoolean(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    /** A cell that does not parse; its message names the column and the value. */
    static final class BadCell extends RuntimeException {
        BadCell(String message) {
            super(message, null, false, false);
        }
    }
}
