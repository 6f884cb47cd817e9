package dev.dunning.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dunning.models.artifact.ArtifactStore;
import dev.dunning.models.artifact.ArtifactStore.SavedArtifact;
import dev.dunning.models.artifact.RiskArtifact;
import dev.dunning.models.evaluation.Evaluation;
import dev.dunning.models.training.FeatureTable;
import dev.dunning.models.training.TrainingReport;
import dev.dunning.models.scoring.Imputation;
import dev.dunning.models.scoring.LogisticScorer;
import dev.dunning.rules.request.PaymentRecord;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import smile.classification.PlattScaling;

class RiskModelTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @TempDir
    Path folder;

    /** A hand-made logistic model: risk rises with worstDaysLate only. */
    static RiskArtifact lateIsRisky() {
        List<String> names = dev.dunning.models.features.RiskFeatures.names();
        int n = names.size();
        double[] coefficients = new double[n];
        coefficients[names.indexOf("worstDaysLate")] = 1;
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        var standardisation = new dev.dunning.models.scoring.Standardisation(new double[n], ones);
        var report = new TrainingReport("hand-made", 0, List.of(), "logistic", Evaluation.of(
                new double[] {0.2, 0.8}, new int[] {0, 1}), List.of());
        return new RiskArtifact(names, new Imputation(new double[n]),
                new LogisticScorer(standardisation, coefficients, -2), new PlattScaling(-0.05, 0), report);
    }

    static AccountHistory history(int daysLate) {
        LocalDate due = AS_OF.minusMonths(1);
        var paid = new PaymentRecord(due, new BigDecimal("100"), new BigDecimal("100"), due.plusDays(daysLate));
        return AccountHistory.ofPayments(AS_OF, List.of(paid));
    }

    @Test
    void savesAndLoadsTheSameModelUnderItsHashVersion() {
        SavedArtifact saved = ArtifactStore.save(lateIsRisky(), folder);

        RiskModel model = RiskModel.load(saved.file());

        assertThat(model.version()).isEqualTo(saved.version()).matches("risk-logistic-[0-9a-f]{12}");
        assertThat(saved.file().getFileName()).hasToString(saved.version() + ".model");
        assertThat(folder.resolve("CURRENT")).content().isEqualToIgnoringNewLines(saved.version() + ".model");
        assertThat(model.probability(history(30))).isEqualTo(lateIsRisky().probability(features(history(30))));
        assertThat(model.probability(history(30))).isGreaterThan(model.probability(history(0)));
    }

    @Test
    void explainsAScoreByItsLargestContributions() {
        RiskModel model = RiskModel.load(ArtifactStore.save(lateIsRisky(), folder).file());
        LocalDate due = AS_OF.minusMonths(1);
        var request = Requests.withHistory(AS_OF, List.of(
                new PaymentRecord(due, new BigDecimal("100"), new BigDecimal("100"), due.plusDays(12))));

        RiskScore score = model.score(request);

        assertThat(score.probability()).isEqualTo(model.probability(request));
        assertThat(score.topFactors()).hasSize(3);
        assertThat(score.topFactors().getFirst()).isEqualTo(new RiskFactor("worstDaysLate", 12, 12));
    }

    @Test
    void theShippedModelScoresARequestWithItsTopFactors() {
        RiskModel shipped = RiskModel.shipped();
        LocalDate due = AS_OF.minusDays(70);
        var late = Requests.withHistory(AS_OF, List.of(new PaymentRecord(due, new BigDecimal("100"), null, null),
                new PaymentRecord(due.minusMonths(1), new BigDecimal("100"), null, null)));
        var punctual = Requests.withHistory(AS_OF, List.of(
                new PaymentRecord(due, new BigDecimal("100"), new BigDecimal("100"), due),
                new PaymentRecord(due.minusMonths(1), new BigDecimal("100"), new BigDecimal("100"), due)));

        RiskScore score = shipped.score(late);

        assertThat(shipped.version()).matches("risk-(gbm|logistic)-[0-9a-f]{12}");
        assertThat(score.probability()).isEqualTo(shipped.probability(late))
                .isGreaterThan(shipped.probability(punctual));
        assertThat(score.topFactors()).hasSize(3).allSatisfy(factor -> assertThat(factor.value()).isNotNaN());
        assertThat(RiskModel.shipped()).isSameAs(shipped);
    }

    @Test
    void refusesAFileThatIsNoArtifact() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.model"), "not a model");
        Path list = folder.resolve("list.model");
        try (var out = new ObjectOutputStream(Files.newOutputStream(list))) {
            out.writeObject(new ArrayList<>(List.of("x")));
        }
        Path foreign = folder.resolve("foreign.model");
        try (var out = new ObjectOutputStream(Files.newOutputStream(foreign))) {
            out.writeObject(java.net.URI.create("https://example.org"));
        }

        assertThatThrownBy(() -> RiskModel.load(text)).isInstanceOf(InvalidRiskModel.class)
                .hasMessageContaining("notes.model");
        assertThatThrownBy(() -> RiskModel.load(list)).isInstanceOf(InvalidRiskModel.class)
                .hasMessageContaining("no risk model artifact");
        assertThatThrownBy(() -> RiskModel.load(foreign)).isInstanceOf(InvalidRiskModel.class)
                .hasMessageContaining("outside the allowed list");
        assertThatThrownBy(() -> RiskModel.load(folder.resolve("absent.model"))).isInstanceOf(InvalidRiskModel.class);
    }

    private static double[] features(AccountHistory history) {
        return lateIsRisky().imputation().apply(dev.dunning.models.features.RiskFeatures.of(history));
    }
}
