package dev.dunning.datasets.uci;

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
 * Reads a file in the layout of {@code uci_credit_default_train.csv} (Yeh 2009, UCI, CC BY 4.0) into payment
 * histories; see {@link StatementMapping} for how each statement becomes a payment record. Only the payment columns
 * and the label are read: {@code LIMIT_BAL}, {@code SEX}, {@code EDUCATION}, {@code MARRIAGE} and {@code AGE} are
 * ignored.
 */
public final class UciCreditDefault {
    /** Status columns from April to September, in {@link StatementRow}'s chronological order. */
    private static final String[] STATUS = {"PAY_6", "PAY_5", "PAY_4", "PAY_3", "PAY_2", "PAY_0"};
    private static final String LABEL = "default_payment_next_month";

    private UciCreditDefault() {
    }

    public static List<CardHolderHistory> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public static List<CardHolderHistory> read(Reader reader) {
        List<CardHolderHistory> histories = new ArrayList<>();
        try (CSVReaderHeaderAware csv = new CSVReaderHeaderAware(reader)) {
            for (Map<String, String> row = csv.readMap(); row != null; row = csv.readMap()) {
                histories.add(StatementMapping.toHistory(parse(row)));
            }
        } catch (IOException | CsvValidationException e) {
            throw new IllegalArgumentException("Not a UCI credit default file: " + e.getMessage(), e);
        }
        return histories;
    }

    static StatementRow parse(Map<String, String> row) {
        int months = StatementRow.MONTHS;
        int[] status = new int[months];
        long[] billed = new long[months];
        long[] paid = new long[months];
        for (int month = 0; month < months; month++) {
            int column = months - month;
            status[month] = Integer.parseInt(value(row, STATUS[month]));
            billed[month] = Long.parseLong(value(row, "BILL_AMT" + column));
            paid[month] = Long.parseLong(value(row, "PAY_AMT" + column));
        }
        return new StatementRow(value(row, "ID"), status, billed, paid, "1".equals(value(row, LABEL)));
    }

    private static String value(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new IllegalArgumentException("Missing column " + column);
        }
        return value.trim();
    }
}
