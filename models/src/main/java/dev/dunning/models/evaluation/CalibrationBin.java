package dev.dunning.models.evaluation;

import java.io.Serializable;

/** A calibration table bin: predictions in [{@code from}, {@code to}), their count and mean, the observed rate. */
public record CalibrationBin(double from, double to, int count, double meanPredicted, double observedRate)
        implements Serializable {
}
