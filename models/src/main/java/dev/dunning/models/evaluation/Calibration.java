package dev.dunning.models.evaluation;

import java.util.ArrayList;
import java.util.List;

/** The calibration table over equal-width probability bins and the expected calibration error it implies. */
final class Calibration {
    private Calibration() {
    }

    static List<CalibrationBin> table(double[] probabilities, int[] outcomes, int bins) {
        int[] counts = new int[bins];
        double[] predicted = new double[bins];
        double[] observed = new double[bins];
        for (int i = 0; i < probabilities.length; i++) {
            int bin = Math.min((int) (probabilities[i] * bins), bins - 1);
            counts[bin]++;
            predicted[bin] += probabilities[i];
            observed[bin] += outcomes[i];
        }
        List<CalibrationBin> table = new ArrayList<>();
        for (int bin = 0; bin < bins; bin++) {
            int n = counts[bin];
            table.add(new CalibrationBin((double) bin / bins, (double) (bin + 1) / bins, n,
                    n == 0 ? Double.NaN : predicted[bin] / n, n == 0 ? Double.NaN : observed[bin] / n));
        }
        return table;
    }

    static double expectedError(List<CalibrationBin> table, int total) {
        double error = 0;
        for (CalibrationBin bin : table) {
            if (bin.count() > 0) {
                error += bin.count() * Math.abs(bin.meanPredicted() - bin.observedRate());
            }
        }
        return error / total;
    }
}
