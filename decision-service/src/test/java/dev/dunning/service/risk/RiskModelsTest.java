package dev.dunning.service.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dunning.models.RiskModel;
import dev.dunning.rules.facts.RiskAssessment;
import dev.dunning.rules.pack.Json;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.service.Examples;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which model scores a decision: the one in use, or for a replay the version the decision recorded. */
class RiskModelsTest {
    @TempDir
    Path artifacts;

    @Test
    void scoresWithTheShippedModelRoundedToFourDecimals() throws Exception {
        RiskAssessment risk = models(true).assess(request());
        assertThat(risk.modelVersion()).isEqualTo(RiskModel.shipped().version());
        assertThat(risk.probability().scale()).isEqualTo(4);
        assertThat(risk.topFactors()).hasSize(3).allSatisfy(f -> assertThat(f.contribution().scale()).isEqualTo(4));
    }

    @Test
    void replaysWithTheRecordedVersionAndNamesAVersionItCannotLoad() throws Exception {
        RiskModels models = models(true);
        String inUse = models.versionInUse().orElseThrow();
        assertThat(models.assess(request(), inUse)).isEqualTo(models.assess(request()));
        assertThat(models.assess(request(), null)).isNull();
        assertThatThrownBy(() -> models.assess(request(), "risk-gbm-000000000000"))
                .isInstanceOf(ModelVersionUnavailable.class).hasMessageContaining("risk-gbm-000000000000");
        assertThatThrownBy(() -> models.assess(request(), "../../etc/passwd"))
                .isInstanceOf(ModelVersionUnavailable.class);
    }

    @Test
    void decidesWithoutAScoreWhenScoringIsSwitchedOff() throws Exception {
        RiskModels off = models(false);
        assertThat(off.assess(request())).isNull();
        assertThat(off.versionInUse()).isEmpty();
    }

    private RiskModels models(boolean enabled) {
        return new RiskModels(new RiskSettings(enabled, null, artifacts), new SimpleMeterRegistry());
    }

    private static DecisionRequest request() throws Exception {
        return Json.json().readValue(Examples.heatingBeijing(), DecisionRequest.class);
    }
}
