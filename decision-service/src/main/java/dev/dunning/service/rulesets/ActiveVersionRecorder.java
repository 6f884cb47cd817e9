package dev.dunning.service.rulesets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.scenarios.RuleSetVerification;
import dev.dunning.rules.scenarios.ScenarioSummary;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the version this instance serves (the default pack of the running release) as the ACTIVE stored version,
 * retiring any other, so that uploads have a parent and every decision's hash names a stored version. Until
 * approval and activation are built, a release's default pack is what becomes active.
 */
@Component
class ActiveVersionRecorder {
    private static final Logger log = LoggerFactory.getLogger(ActiveVersionRecorder.class);
    private final ActiveRuleSet active;
    private final RuleSetVersions versions;
    private final ObjectMapper json;
    private final Clock clock;

    ActiveVersionRecorder(ActiveRuleSet active, RuleSetVersions versions, ObjectMapper json, Clock clock) {
        this.active = active;
        this.versions = versions;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void record() throws JsonProcessingException {
        CompiledRuleSet serving = active.current();
        versions.findByStatus(RuleSetStatus.ACTIVE).stream().filter(v -> !v.hash().equals(serving.hash()))
                .forEach(RuleSetVersion::retire);
        if (versions.existsById(serving.hash())) {
            versions.findById(serving.hash()).filter(v -> v.status() != RuleSetStatus.ACTIVE).ifPresent(v ->
                    log.warn("Serving rule-set version {}, stored as {}", v.hash(), v.status()));
            return;
        }
        var verification = new RuleSetVerification(serving.hash(), serving.source().version(), serving.warnings(),
                ScenarioSummary.NOT_RUN);
        versions.save(new RuleSetVersion(serving.source(), RuleSetStatus.ACTIVE, "system", clock.instant(),
                "Default policy pack of this release", null, json.writeValueAsString(verification)));
        log.info("Recorded the default pack {} ({}) as the active rule-set version", serving.source().version(),
                serving.hash());
    }
}
