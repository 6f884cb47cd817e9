package dev.dunning.datasets.portfolio;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.RequestValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A portfolio as CSV (RFC 4180, UTF-8): a header, then one row per account with scalar fields as columns and lists
 * as JSON cells written with the contract's {@link dev.dunning.rules.pack.Json} mapping. Both sides stream: one row in
 * memory at a time. The columns are documented in {@code datasets/README.md}.
 */
public final class PortfolioCsv {
    public static final List<String> HEADER = RequestColumns.HEADER;

    private PortfolioCsv() {
    }

    /** The cells of a request's row in {@link #HEADER} order, as the writer writes them. */
    public static String[] cells(DecisionRequest request) {
        return RequestColumns.cells(request);
    }

    public static Writer writer(java.io.Writer out) {
        return new Writer(out);
    }

    /** Reads rows within the bounds of every request ({@link RequestValidator#standalone()}). */
    public static Reader reader(java.io.Reader in) {
        return new Reader(in, RequestValidator.standalone());
    }

    /** Reads rows within the bounds {@code validator} checks (the service's, with its {@code asOf} horizon). */
    public static Reader reader(java.io.Reader in, RequestValidator validator) {
        return new Reader(in, validator);
    }

    /** Writes the header on creation, then one row per request. */
    public static final class Writer implements AutoCloseable {
        private final ICSVWriter csv;

        private Writer(java.io.Writer out) {
            csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                    ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
            csv.writeNext(HEADER.toArray(String[]::new), false);
        }

        public void write(DecisionRequest request) {
            csv.writeNext(RequestColumns.cells(request), false);
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    /**
     * Reads rows lazily. A row that does not hold a request, or holds one out of bounds, is {@link PortfolioRow.Rejected}
     * with its line and reason (and its cells as read), before anything computes with its values; reading goes on
     * with the next row. A file without the portfolio header fails at once, and so does a row longer than
     * {@link RowLimit#MAX_ROW_CHARS} characters, before it is held in memory.
     */
    public static final class Reader implements AutoCloseable, Iterable<PortfolioRow> {
        /** Bad fields named in a reject's reason; the rest are counted. */
        private static final int LISTED = 10;
        private final RowLimit limit;
        private final CSVReader csv;
        private final RequestValidator validator;
        private final Map<String, Integer> columns = new HashMap<>();

        private Reader(java.io.Reader in, RequestValidator validator) {
            this.limit = new RowLimit(in);
            this.validator = validator;
            csv = new CSVReaderBuilder(limit).withCSVParser(new RFC4180ParserBuilder().build()).build();
            String[] header = readCells();
            if (header == null || !Arrays.asList(header).equals(HEADER)) {
                throw new IllegalArgumentException("line 1: not a portfolio header; expected " + String.join(",", HEADER));
            }
            for (int i = 0; i < header.length; i++) {
                columns.put(header[i], i);
            }
        }

        public Stream<PortfolioRow> rows() {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
        }

        @Override
        public Iterator<PortfolioRow> iterator() {
            return new Iterator<>() {
                private long line = csv.getLinesRead() + 1;
                private String[] cells = readCells();

                @Override
                public boolean hasNext() {
                    return cells != null;
                }

                @Override
                public PortfolioRow next() {
                    if (cells == null) {
                        throw new NoSuchElementException();
                    }
                    PortfolioRow row = row(line, cells);
                    line = csv.getLinesRead() + 1;
                    cells = readCells();
                    return row;
                }
            };
        }

        private PortfolioRow row(long line, String[] cells) {
            if (cells.length != HEADER.size()) {
                return new PortfolioRow.Rejected(line, "expected " + HEADER.size() + " columns, found " + cells.length,
                        List.of(cells));
            }
            DecisionRequest request;
            try {
                request = RequestColumns.request(new Cells(columns, cells));
            } catch (Cells.BadCell | IllegalArgumentException e) {
                return new PortfolioRow.Rejected(line, e.getMessage(), List.of(cells));
            }
            List<RequestValidator.Violation> violations = validator.violations(request);
            if (!violations.isEmpty()) {
                String more = violations.size() > LISTED ? "; and " + (violations.size() - LISTED) + " more" : "";
                return new PortfolioRow.Rejected(line, "invalid: " + violations.stream().limit(LISTED)
                        .map(RequestValidator.Violation::toString).collect(Collectors.joining("; ")) + more, List.of(cells));
            }
            return new PortfolioRow.Accepted(line, request);
        }

        private String[] readCells() {
            limit.rowStarts();
            long line = csv.getLinesRead() + 1;
            try {
                return csv.readNext();
            } catch (RowLimit.RowTooLong e) {
                throw new IllegalStateException("line " + line + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (CsvValidationException e) {
                throw new IllegalStateException("line " + csv.getLinesRead() + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }
}
