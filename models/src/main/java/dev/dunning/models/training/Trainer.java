package dev.dunning.models.training;

import dev.dunning.models.artifact.RiskArtifact;
import dev.dunning.models.evaluation.Auc;
import dev.dunning.models.evaluation.Evaluation;
import dev.dunning.models.scoring.Imputation;
import dev.dunning.models.scoring.Scorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Chooses among candidates by cross-validated AUC, measures the chosen one's calibrated out-of-fold metrics, then fits
 * it, its imputation and its Platt scaling (on all out-of-fold predictions) for the artifact.
 */
public record Trainer(List<ModelCandidate> candidates, int folds, long seed) {
    public static final int FOLDS = 5;
    public static final long SEED = 20051001L;

    public Trainer {
        candidates = List.copyOf(candidates);
    }

    /**
     * The candidates {@code train} chooses from: a logistic baseline and gradient boosting of two sizes (small trees
     * also keep SHAP explanations fast).
     */
    public static Trainer standard() {
        return new Trainer(List.of(new LogisticCandidate(0.1),
                new GbmCandidate(200, 4, 8, 20, 0.05, 0.7),
                new GbmCandidate(300, 6, 24, 20, 0.05, 0.7)), FOLDS, SEED);
    }

    public RiskArtifact train(FeatureTable table, String data, Consumer<String> progress) {
        Folds split = Folds.stratified(table.labels(), folds, seed);
        List<double[]> logits = new ArrayList<>();
        List<CandidateResult> results = new ArrayList<>();
        for (ModelCandidate candidate : candidates) {
            logits.add(CrossValidation.outOfFoldLogits(candidate, table, split));
            results.add(new CandidateResult(candidate.describe(), Auc.of(logits.getLast(), table.labels())));
            progress.accept("%-72s CV AUC %.4f".formatted(candidate.describe(), results.getLast().auc()));
        }
        int best = IntStream.range(0, results.size()).boxed()
                .max(Comparator.comparingDouble(i -> results.get(i).auc())).orElseThrow();
        double[] chosenLogits = logits.get(best);
        Evaluation evaluation = Evaluation.of(Calibrators.crossFitted(chosenLogits, table.labels(), split),
                table.labels());
        Imputation imputation = Imputation.fit(table.rows(), table.names().size());
        Scorer scorer = candidates.get(best).fit(CrossValidation.complete(table, imputation));
        TrainingReport report = new TrainingReport(data, folds, results, results.get(best).candidate(), evaluation,
                importance(table, scorer));
        return new RiskArtifact(table.names(), imputation, scorer, Calibrators.fit(chosenLogits, table.labels()),
                report);
    }

    private static List<FeatureImportance> importance(FeatureTable table, Scorer scorer) {
        double[] shares = scorer.importance();
        return IntStream.range(0, shares.length)
                .mapToObj(i -> new FeatureImportance(table.names().get(i), shares[i]))
                .sorted(Comparator.comparingDouble(FeatureImportance::share).reversed())
                .toList();
    }
}
