package dev.dunning.models.training;

import smile.classification.PlattScaling;

/**
 * Platt scaling of out-of-fold log-odds. {@link #crossFitted} calibrates each fold with a scaling fitted on the other
 * folds' predictions, so the calibration error it yields is measured on predictions the scaling never saw.
 */
final class Calibrators {
    private Calibrators() {
    }

    static PlattScaling fit(double[] logits, int[] labels) {
        return PlattScaling.fit(logits, labels);
    }

    static double[] crossFitted(double[] logits, int[] labels, Folds folds) {
        double[] probabilities = new double[logits.length];
        for (int fold = 0; fold < folds.count(); fold++) {
            int[] training = folds.training(fold);
            PlattScaling platt = fit(pick(logits, training), pick(labels, training));
            for (int row : folds.held(fold)) {
                probabilities[row] = platt.scale(logits[row]);
            }
        }
        return probabilities;
    }

    private static double[] pick(double[] values, int[] rows) {
        double[] picked = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = values[rows[i]];
        }
        return picked;
    }

    private static int[] pick(int[] values, int[] rows) {
        int[] picked = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = values[rows[i]];
        }
        return picked;
    }
}
