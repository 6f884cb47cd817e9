package dev.dunning.models.evaluation;

import java.io.Serializable;
import java.util.List;

/**
 * How well probabilities {@code p} predict 0/1 outcomes: AUC (ranking), Brier score (mean squared error) and expected
 * calibration error over {@link #BINS} equal-width bins (the count-weighted mean gap between predicted and observed
 * rate), with the calibration table behind it.
 */
public record Evaluation(int count, int positives, double auc, double brier, double ece,
                         List<CalibrationBin> calibration) implements Serializable {
    public static final int BINS = 10;

    public Evaluation {
        calibration = List.copyOf(calibration);
    }

    public static Evaluation of(double[] probabilities, int[] outcomes) {
        List<CalibrationBin> table = Calibration.table(probabilities, outcomes, BINS);
        return new Evaluation(outcomes.length, positives(outcomes), Auc.of(probabilities, outcomes),
                brier(probabilities, outcomes), Calibration.expectedError(table, outcomes.length), table);
    }

    static double brier(double[] probabilities, int[] outcomes) {
        double sum = 0;
        for (int i = 0; i < outcomes.length; i++) {
            double error = probabilities[i] - outcomes[i];
            sum += error * error;
        }
        return sum / outcomes.length;
    }

    private static int positives(int[] outcomes) {
        int positives = 0;
        for (int outcome : outcomes) {
            positives += outcome;
        }
        return positives;
    }

    public String summary() {
        return "AUC %.4f  Brier %.4f  ECE %.4f  (%d rows, %d positives)".formatted(auc, brier, ece, count, positives);
    }
}
