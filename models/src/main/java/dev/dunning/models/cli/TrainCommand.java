package dev.dunning.models.cli;

import dev.dunning.datasets.uci.UciCreditDefault;
import dev.dunning.models.artifact.ArtifactStore;
import dev.dunning.models.artifact.ArtifactStore.SavedArtifact;
import dev.dunning.models.artifact.RiskArtifact;
import dev.dunning.models.training.FeatureTable;
import dev.dunning.models.training.Trainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains by 5-fold cross-validation, writes the artifact named by its hash and the card's generated part. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Choose, calibrate and fit the risk model on a file in the UCI credit default layout.")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--data", description = "training file (default: ${DEFAULT-VALUE})")
    Path data = Path.of("../shared/datasets/uci_credit_default_train.csv");

    @Option(names = "--out", description = "artifact folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("models/artifacts");

    @Option(names = "--card", description = "model card whose generated part to rewrite, if it exists "
            + "(default: ${DEFAULT-VALUE})")
    Path card = Path.of("models/MODEL_CARD.md");

    @Override
    public Integer call() {
        FeatureTable table = FeatureTable.of(UciCreditDefault.read(data));
        System.out.printf("Training on %s: %d rows, %d features%n", data, table.size(), table.names().size());
        RiskArtifact artifact = Trainer.standard().train(table, data.getFileName().toString(), System.out::println);
        SavedArtifact saved = ArtifactStore.save(artifact, out);
        System.out.printf("Artifact %s%nVersion  %s%nChosen   %s%n5-fold CV (Platt-calibrated out of fold): %s%n",
                saved.file(), saved.version(), artifact.report().chosen(),
                artifact.report().crossValidated().summary());
        if (Files.exists(card)) {
            ModelCard.update(card, ModelCard.generated(saved.version(), artifact.report()));
            System.out.println("Model card updated: " + card);
        }
        return 0;
    }
}
