package dev.dunning.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvaluationTest {

    @Test
    void aucIsOneForAPerfectRankingAndHalfForTies() {
        assertThat(Auc.of(new double[] {0.1, 0.2, 0.8, 0.9}, new int[] {0, 0, 1, 1})).isEqualTo(1);
        assertThat(Auc.of(new double[] {0.5, 0.5, 0.5, 0.5}, new int[] {0, 1, 0, 1})).isEqualTo(0.5);
        assertThat(Auc.of(new double[] {0.9, 0.8, 0.2, 0.1}, new int[] {0, 0, 1, 1})).isZero();
    }

    @Test
    void aucCountsEachMisorderedPair() {
        // Pairs (positive, negative): (0.4, 0.1) right, (0.4, 0.6) wrong, (0.9, 0.1) right, (0.9, 0.6) right.
        assertThat(Auc.of(new double[] {0.1, 0.4, 0.6, 0.9}, new int[] {0, 1, 0, 1})).isEqualTo(0.75);
    }

    @Test
    void brierIsTheMeanSquaredError() {
        assertThat(Evaluation.brier(new double[] {0.2, 0.6}, new int[] {0, 1})).isCloseTo((0.04 + 0.16) / 2,
                within(1e-12));
    }

    @Test
    void eceWeighsEachBinsGapByItsCount() {
        // Bin 0.2-0.3: two accounts at 0.25, one defaults (observed 0.5, gap 0.25).
        // Bin 0.9-1.0: two accounts at 0.95, both default (gap 0.05).
        Evaluation evaluation = Evaluation.of(new double[] {0.25, 0.25, 0.95, 0.95}, new int[] {0, 1, 1, 1});

        assertThat(evaluation.ece()).isCloseTo((2 * 0.25 + 2 * 0.05) / 4, within(1e-12));
        assertThat(evaluation.calibration()).hasSize(Evaluation.BINS);
        assertThat(evaluation.calibration().get(2).count()).isEqualTo(2);
        assertThat(evaluation.calibration().get(9).observedRate()).isEqualTo(1);
        assertThat(evaluation.positives()).isEqualTo(3);
    }

    @Test
    void aPerfectlyCalibratedPredictionHasNoCalibrationError() {
        Evaluation evaluation = Evaluation.of(new double[] {0.5, 0.5, 0.0, 0.0}, new int[] {0, 1, 0, 0});

        assertThat(evaluation.ece()).isZero();
    }
}
