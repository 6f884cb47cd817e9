package dev.dunning.models.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.datasets.modeldata.CreditScoringData;
import dev.dunning.datasets.modeldata.CreditScoringTable;
import dev.dunning.models.SharedDatasets;
import dev.dunning.models.artifact.RiskArtifact;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The trainer on a real table with empty cells (credit_scoring_modeldata.csv): imputation fills every gap. */
class GapsTest {

    @Test
    void trainsAndScoresOnATableWithGaps() {
        CreditScoringTable data = CreditScoringData.read(SharedDatasets.require("credit_scoring_modeldata.csv"));
        FeatureTable table = new FeatureTable(data.columns(), data.rows(), data.bad());
        assertThat(Arrays.stream(table.rows()).flatMapToDouble(Arrays::stream).filter(Double::isNaN).count())
                .isPositive();

        RiskArtifact artifact = TrainerTest.small().train(table, "credit_scoring_modeldata.csv", line -> { });

        assertThat(artifact.report().crossValidated().auc()).isGreaterThan(0.7);
        double[] withGaps = Arrays.stream(table.rows()).filter(row -> Arrays.stream(row).anyMatch(Double::isNaN))
                .findFirst().orElseThrow();
        assertThat(artifact.probability(artifact.imputation().apply(withGaps))).isBetween(0.0, 1.0);
    }
}
