package dev.dunning.models.evaluation;

import java.io.Serializable;

/** One bin of a calibration table: predicted probabilities in [{@code from}, {@code to}), their mean, the observed rate. */
public record CalibrationBin(double from, double to, int count, double meanPredicted, double observedRate)
        implements Serializable {
}
