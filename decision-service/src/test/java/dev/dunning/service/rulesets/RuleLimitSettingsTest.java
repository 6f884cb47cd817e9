package dev.dunning.service.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dunning.rules.pipeline.EvaluationLimits;
import dev.dunning.rules.scenarios.VerificationLimits;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The service's rule limits default to the rules module's, take overrides one by one, and refuse nonsense. */
class RuleLimitSettingsTest {

    @Test
    void unsetLimitsAreTheDefaultsOfTheRulesModule() {
        RuleLimitSettings settings = bind(Map.of());
        assertThat(settings.decision().limits()).isEqualTo(EvaluationLimits.DEFAULTS);
        assertThat(settings.verification().limits()).isEqualTo(VerificationLimits.DEFAULTS);
    }

    @Test
    void oneLimitIsSetAloneWithItsUnit() {
        RuleLimitSettings settings = bind(Map.of("dunning.rules.limits.verification.max-file-size", "64KB",
                "dunning.rules.limits.decision.time-budget", "500ms"));
        assertThat(settings.verification().limits().maxFileSize()).isEqualTo(65_536);
        assertThat(settings.verification().limits().maxRules()).isEqualTo(VerificationLimits.DEFAULTS.maxRules());
        assertThat(settings.decision().limits()).isEqualTo(new EvaluationLimits(10_000, Duration.ofMillis(500)));
    }

    @Test
    void aLimitOfZeroIsRefused() {
        RuleLimitSettings settings = bind(Map.of("dunning.rules.limits.decision.max-firings", "0"));
        assertThatThrownBy(() -> settings.decision().limits()).hasMessageContaining("max-firings");
    }

    private static RuleLimitSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("dunning.rules.limits", RuleLimitSettings.class);
    }
}
