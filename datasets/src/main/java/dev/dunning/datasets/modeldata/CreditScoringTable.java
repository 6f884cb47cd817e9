package dev.dunning.datasets.modeldata;

import java.util.List;

/** Numeric columns of a credit scoring table (NaN where the cell was empty) and whether each applicant was bad. */
public record CreditScoringTable(List<String> columns, double[][] rows, int[] bad) {

    public CreditScoringTable {
        columns = List.copyOf(columns);
    }
}
