package dev.dunning.models.training;

import dev.dunning.datasets.uci.CardHolderHistory;
import dev.dunning.models.AccountHistory;
import dev.dunning.models.features.RiskFeatures;
import java.util.List;

/** Training rows: named feature columns (NaN where missing) and 0/1 labels (1 = defaulted). */
public record FeatureTable(List<String> names, double[][] rows, int[] labels) {

    public FeatureTable {
        names = List.copyOf(names);
        if (rows.length != labels.length) {
            throw new IllegalArgumentException(rows.length + " rows but " + labels.length + " labels");
        }
    }

    /** Card holders through the risk model's own feature pipeline, as live requests are. */
    public static FeatureTable of(List<CardHolderHistory> holders) {
        double[][] rows = holders.stream().map(holder -> RiskFeatures.of(history(holder))).toArray(double[][]::new);
        int[] labels = holders.stream().mapToInt(holder -> holder.defaulted() ? 1 : 0).toArray();
        return new FeatureTable(RiskFeatures.names(), rows, labels);
    }

    /** A card holder as the risk model sees an account: payment history only. */
    public static AccountHistory history(CardHolderHistory holder) {
        return AccountHistory.ofPayments(holder.asOf(), holder.paymentHistory());
    }

    public int size() {
        return labels.length;
    }

    public FeatureTable select(int[] indices) {
        double[][] selected = new double[indices.length][];
        int[] selectedLabels = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            selected[i] = rows[indices[i]];
            selectedLabels[i] = labels[indices[i]];
        }
        return new FeatureTable(names, selected, selectedLabels);
    }
}
