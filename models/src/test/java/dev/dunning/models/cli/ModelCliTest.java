package dev.dunning.models.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.datasets.uci.UciCreditDefault;
import dev.dunning.models.RiskModel;
import dev.dunning.models.SharedDatasets;
import dev.dunning.models.evaluation.Evaluation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ModelCliTest {

    @Test
    void theShippedModelRanksAndIsCalibratedOnTheSharedTrainingFile() {
        Path file = SharedDatasets.require(SharedDatasets.UCI_TRAIN);

        Evaluation evaluation = EvaluateCommand.evaluate(RiskModel.shipped(), UciCreditDefault.read(file));

        assertThat(evaluation.count()).isEqualTo(24_000);
        assertThat(evaluation.auc()).isGreaterThan(0.75);
        assertThat(evaluation.ece()).isLessThan(0.03);
    }

    @Test
    void evaluateFailsOnAnUnknownArtifact() {
        Path file = SharedDatasets.require(SharedDatasets.UCI_TRAIN);

        int exit = new CommandLine(new ModelCli()).execute("evaluate", "--data", file.toString(), "--model",
                "no-such.model");

        assertThat(exit).isNotZero();
    }

    @Test
    void theCardsGeneratedPartListsTheMetricsAndTheCalibrationTable() {
        String card = ModelCard.generated("risk-gbm-000000000000", RiskModel.shipped().report());

        assertThat(card).contains("risk-gbm-000000000000.model", "ECE", "| 0.0–0.1 |", "`oldestArrearsDays`");
    }
}
