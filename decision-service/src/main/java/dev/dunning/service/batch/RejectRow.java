package dev.dunning.service.batch;

import dev.dunning.datasets.portfolio.PortfolioCsv;
import java.util.List;
import java.util.stream.Stream;

/**
 * One row of a rejects CSV: the input line (1-based, the header is line 1), the reason, then the row's cells in the
 * portfolio's columns, so that a fixed row can go back into a portfolio file.
 */
final class RejectRow {
    static final List<String> HEADER = Stream.concat(Stream.of("line", "reason"), PortfolioCsv.HEADER.stream()).toList();

    private RejectRow() {
    }

    static String[] cells(long line, String reason, List<String> cells) {
        return Stream.concat(Stream.of(Long.toString(line), reason), cells.stream()).toArray(String[]::new);
    }
}
