package dev.dunning.models.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dunning.models.training.FeatureTable;
import dev.dunning.models.training.GbmCandidate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShapTablesTest {

    /** Trees of 12 splits on interacting features, so that paths split on the same feature more than once. */
    @Test
    void equalSmilesShapValues() {
        Random random = new Random(5);
        double[][] x = new double[800][];
        int[] y = new int[800];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {random.nextGaussian(), random.nextGaussian(), random.nextInt(4), random.nextDouble()};
            double logit = x[i][0] * x[i][1] + (x[i][2] > 1 ? 1 : -1) + Math.sin(6 * x[i][0]);
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
        }
        GbmScorer scorer = (GbmScorer) new GbmCandidate(30, 6, 13, 5, 0.1, 0.8)
                .fit(new FeatureTable(List.of("a", "b", "c", "d"), x, y));
        Explainer tables = scorer.explainer();
        assertThat(tables).isInstanceOf(ShapTables.class);

        for (double[] row : List.of(x[0], x[1], x[2], x[3], new double[] {3, -3, 0, 0.5})) {
            double[] expected = scorer.contributions(row);
            double[] actual = tables.contributions(row);
            for (int i = 0; i < row.length; i++) {
                assertThat(actual[i]).isCloseTo(expected[i], within(1e-9));
            }
        }
    }
}
