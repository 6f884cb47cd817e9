package dev.dunning.models.cli;

import dev.dunning.datasets.uci.CardHolderHistory;
import dev.dunning.datasets.uci.UciCreditDefault;
import dev.dunning.models.RiskModel;
import dev.dunning.models.evaluation.Evaluation;
import dev.dunning.models.training.FeatureTable;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scores every row of a file in the UCI layout with an artifact and prints AUC, Brier score and ECE. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a risk model artifact on a file in the UCI credit default layout.")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "file to evaluate on")
    Path data;

    @Option(names = "--model", description = "artifact (default: the one shipped in the jar)")
    Path model;

    @Override
    public Integer call() {
        RiskModel risk = model == null ? RiskModel.shipped() : RiskModel.load(model);
        Evaluation evaluation = evaluate(risk, UciCreditDefault.read(data));
        System.out.printf("Model %s on %s%n%s%n", risk.version(), data, evaluation.summary());
        System.out.print(ModelCard.calibrationTable(evaluation));
        return 0;
    }

    static Evaluation evaluate(RiskModel risk, List<CardHolderHistory> holders) {
        double[] probabilities = holders.stream().mapToDouble(holder -> risk.probability(FeatureTable.history(holder)))
                .toArray();
        int[] outcomes = holders.stream().mapToInt(holder -> holder.defaulted() ? 1 : 0).toArray();
        return Evaluation.of(probabilities, outcomes);
    }
}
