package dev.dunning.models.scoring;

import java.io.Serializable;
import java.util.Arrays;

/** Centres and scales each feature by its training mean and standard deviation (1 for a constant feature). */
public record Standardisation(double[] mean, double[] scale) implements Serializable {

    public static Standardisation fit(double[][] rows, int features) {
        double[] mean = new double[features];
        double[] scale = new double[features];
        for (int j = 0; j < features; j++) {
            int column = j;
            mean[j] = Arrays.stream(rows).mapToDouble(row -> row[column]).average().orElse(0);
            double variance = Arrays.stream(rows).mapToDouble(row -> Math.pow(row[column] - mean[column], 2))
                    .average().orElse(0);
            scale[j] = variance > 0 ? Math.sqrt(variance) : 1;
        }
        return new Standardisation(mean, scale);
    }

    public double value(double[] row, int feature) {
        return (row[feature] - mean[feature]) / scale[feature];
    }

    public double[] apply(double[] row) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = value(row, j);
        }
        return z;
    }
}
