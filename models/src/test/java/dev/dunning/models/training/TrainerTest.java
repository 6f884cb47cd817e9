package dev.dunning.models.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.datasets.uci.CardHolderHistory;
import dev.dunning.datasets.uci.UciCreditDefault;
import dev.dunning.models.SharedDatasets;
import dev.dunning.models.artifact.RiskArtifact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {
    static final int SAMPLE = 2_000;

    /** A small, fast trainer: a logistic baseline and a few shallow trees, 3 folds. */
    static Trainer small() {
        return new Trainer(List.of(new LogisticCandidate(0.1), new GbmCandidate(30, 3, 6, 20, 0.1, 0.8)), 3, 1L);
    }

    static FeatureTable sample() {
        List<CardHolderHistory> holders = UciCreditDefault.read(SharedDatasets.require(SharedDatasets.UCI_TRAIN));
        return FeatureTable.of(holders.subList(0, SAMPLE));
    }

    @Test
    void choosesTheBetterCandidateAndBeatsATrivialRanking() {
        List<String> progress = new ArrayList<>();

        RiskArtifact artifact = small().train(sample(), "sample", progress::add);

        TrainingReport report = artifact.report();
        assertThat(progress).hasSize(2);
        assertThat(report.candidates()).hasSize(2);
        double bestAuc = report.candidates().stream().mapToDouble(CandidateResult::auc).max().orElseThrow();
        assertThat(report.candidates()).filteredOn(c -> c.candidate().equals(report.chosen()))
                .extracting(CandidateResult::auc).containsExactly(bestAuc);
        assertThat(report.crossValidated().auc()).isGreaterThan(0.70);
        assertThat(report.crossValidated().ece()).isLessThan(0.05);
        assertThat(report.importance()).hasSize(artifact.featureNames().size());
    }

    @Test
    void stratifiedFoldsShareOutEachLabel() {
        int[] labels = new int[100];
        for (int i = 0; i < 20; i++) {
            labels[i] = 1;
        }
        Folds folds = Folds.stratified(labels, 5, 7L);

        for (int fold = 0; fold < 5; fold++) {
            int[] held = folds.held(fold);
            assertThat(held).hasSize(20);
            assertThat(java.util.Arrays.stream(held).map(i -> labels[i]).sum()).isEqualTo(4);
            assertThat(folds.training(fold)).hasSize(80);
        }
    }
}
