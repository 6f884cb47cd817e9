package dev.dunning.datasets.modeldata;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code credit_scoring_modeldata.csv} (R package modeldata, {@code credit_data}, MIT): a small table whose empty
 * cells are missing values, used to check that training and scoring cope with gaps. Only the financial columns are
 * read ({@code Records} as 1 for yes); age, marital status, home and job are left out, as in the risk model.
 */
public final class CreditScoringData {
    static final List<String> COLUMNS =
            List.of("Seniority", "Time", "Records", "Expenses", "Income", "Assets", "Debt", "Amount", "Price");

    private CreditScoringData() {
    }

    public static CreditScoringTable read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public static CreditScoringTable read(Reader reader) {
        List<double[]> rows = new ArrayList<>();
        List<Integer> bad = new ArrayList<>();
        try (CSVReaderHeaderAware csv = new CSVReaderHeaderAware(reader)) {
            for (Map<String, String> row = csv.readMap(); row != null; row = csv.readMap()) {
                rows.add(numbers(row));
                bad.add("bad".equals(row.get("Status")) ? 1 : 0);
            }
        } catch (IOException | CsvValidationException e) {
            throw new IllegalArgumentException("Not a credit scoring file: " + e.getMessage(), e);
        }
        return new CreditScoringTable(COLUMNS, rows.toArray(double[][]::new),
                bad.stream().mapToInt(Integer::intValue).toArray());
    }

    private static double[] numbers(Map<String, String> row) {
        return COLUMNS.stream().mapToDouble(column -> number(row, column)).toArray();
    }

    private static double number(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            return Double.NaN;
        }
        return switch (value.strip()) {
            case "yes" -> 1;
            case "no" -> 0;
            default -> Double.parseDouble(value);
        };
    }
}
