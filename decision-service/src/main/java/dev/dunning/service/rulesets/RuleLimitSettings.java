package dev.dunning.service.rulesets;

import dev.dunning.rules.pipeline.EvaluationLimits;
import dev.dunning.rules.scenarios.VerificationLimits;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Safety limits on rule sets (not policy): what one decision may cost, and what checking an uploaded version may cost.
 * The defaults are those of {@link EvaluationLimits#DEFAULTS} and {@link VerificationLimits#DEFAULTS}.
 *
 * @param decision     rule firings and evaluation time of one decision
 * @param verification size, time and concurrency of checking (and compiling) a version
 */
@ConfigurationProperties("dunning.rules.limits")
public record RuleLimitSettings(@DefaultValue Decision decision, @DefaultValue Verification verification) {

    /**
     * @param maxFirings rule firings in one decision before it is stopped
     * @param timeBudget evaluation time of one decision before it is stopped
     */
    public record Decision(@DefaultValue("10000") int maxFirings, @DefaultValue("2s") Duration timeBudget) {
        public EvaluationLimits limits() {
            return new EvaluationLimits(maxFirings, timeBudget);
        }
    }

    /**
     * @param maxFiles      files in one version
     * @param maxFileSize   size of each file
     * @param maxTotalSize  size of all files together
     * @param maxRules      DRL rules in one version
     * @param maxScenarios  scenarios in one version
     * @param timeBudget    time to check one upload (compile, table analysis, scenarios); past it the check is abandoned
     * @param workers       checks running at once
     * @param queue         checks waiting for a worker; past it an upload is answered 503 with Retry-After
     */
    public record Verification(@DefaultValue("500") int maxFiles, @DefaultValue("1MB") DataSize maxFileSize,
                               @DefaultValue("8MB") DataSize maxTotalSize, @DefaultValue("500") int maxRules,
                               @DefaultValue("5000") int maxScenarios, @DefaultValue("120s") Duration timeBudget,
                               @DefaultValue("2") int workers, @DefaultValue("4") int queue) {
        public VerificationLimits limits() {
            return new VerificationLimits(maxFiles, maxFileSize.toBytes(), maxTotalSize.toBytes(), maxRules, maxScenarios,
                    timeBudget, workers, queue);
        }
    }
}
