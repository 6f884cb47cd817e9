package dev.dunning.models.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dunning.models.evaluation.Auc;
import dev.dunning.models.scoring.Scorer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both model families on synthetic rows where only the first of three features carries the risk. */
class CandidatesTest {
    private static final FeatureTable SYNTHETIC = synthetic(1_000, new Random(3));

    static FeatureTable synthetic(int rows, Random random) {
        double[][] x = new double[rows][3];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            x[i] = new double[] {random.nextGaussian(), random.nextGaussian(), random.nextInt(3)};
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-(2 * x[i][0] - 1.5))) ? 1 : 0;
        }
        return new FeatureTable(List.of("risky", "noise", "category"), x, y);
    }

    private static double[] logits(Scorer scorer) {
        return Arrays.stream(SYNTHETIC.rows()).mapToDouble(scorer::logit).toArray();
    }

    @Test
    void logisticRegressionFindsTheRiskyFeatureAndItsSign() {
        Scorer scorer = new LogisticCandidate(0.1).fit(SYNTHETIC);

        assertThat(scorer.importance()[0]).isGreaterThan(0.8);
        assertThat(scorer.contributions(new double[] {2, 0, 1})[0]).isPositive();
        assertThat(Auc.of(logits(scorer), SYNTHETIC.labels())).isGreaterThan(0.8);
        double meanPrediction = Arrays.stream(logits(scorer)).map(logit -> 1 / (1 + Math.exp(-logit))).average()
                .orElseThrow();
        double observedRate = Arrays.stream(SYNTHETIC.labels()).average().orElseThrow();
        assertThat(meanPrediction).isCloseTo(observedRate, within(0.02));
    }

    @Test
    void boostedTreesRankAndExplainInLogOdds() {
        Scorer scorer = new GbmCandidate(40, 3, 6, 10, 0.1, 0.8).fit(SYNTHETIC);
        double[] high = {2, 0, 1};
        double[] low = {-2, 0, 1};

        assertThat(Auc.of(logits(scorer), SYNTHETIC.labels())).isGreaterThan(0.8);
        assertThat(scorer.importance()[0]).isGreaterThan(0.5);
        double shapDifference = sum(scorer.contributions(high)) - sum(scorer.contributions(low));
        assertThat(shapDifference).isCloseTo(scorer.logit(high) - scorer.logit(low), within(1e-6));
        assertThat(scorer.contributions(high)[0]).isGreaterThan(scorer.contributions(low)[0]);
    }

    private static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }
}
