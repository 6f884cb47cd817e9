package dev.dunning.models.scoring;

import java.io.Serializable;
import java.util.Arrays;

/** Replaces missing (NaN) feature values with the training median of their feature (0 when it was always missing). */
public record Imputation(double[] medians) implements Serializable {

    public static Imputation fit(double[][] rows, int features) {
        double[] medians = new double[features];
        for (int feature = 0; feature < features; feature++) {
            medians[feature] = median(rows, feature);
        }
        return new Imputation(medians);
    }

    /** A complete copy of {@code features}. */
    public double[] apply(double[] features) {
        double[] complete = features.clone();
        for (int i = 0; i < complete.length; i++) {
            if (Double.isNaN(complete[i])) {
                complete[i] = medians[i];
            }
        }
        return complete;
    }

    public double[][] apply(double[][] rows) {
        return Arrays.stream(rows).map(this::apply).toArray(double[][]::new);
    }

    private static double median(double[][] rows, int feature) {
        double median = median(Arrays.stream(rows).mapToDouble(row -> row[feature]).toArray());
        return Double.isNaN(median) ? 0 : median;
    }

    /** The median of the values that are not NaN; NaN when there are none. */
    public static double median(double[] values) {
        double[] known = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (known.length == 0) {
            return Double.NaN;
        }
        int middle = known.length / 2;
        return known.length % 2 == 1 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
    }
}
