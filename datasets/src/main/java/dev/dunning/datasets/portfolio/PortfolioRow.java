package dev.dunning.datasets.portfolio;

import dev.dunning.rules.request.DecisionRequest;
import java.util.List;

/** One row of a portfolio CSV file, read: the request it holds, or why it was rejected. {@code line} is 1-based. */
public sealed interface PortfolioRow {
    long line();

    record Accepted(long line, DecisionRequest request) implements PortfolioRow {
    }

    /** A row that does not hold a request: the reason names the column; {@code cells} are the row as read. */
    record Rejected(long line, String reason, List<String> cells) implements PortfolioRow {
        public Rejected {
            cells = List.copyOf(cells);
        }
    }
}
