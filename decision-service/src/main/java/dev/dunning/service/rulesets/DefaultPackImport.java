package dev.dunning.service.rulesets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.scenarios.RuleSetVerification;
import dev.dunning.rules.scenarios.ScenarioSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an empty store, imports the default policy pack shipped with the service as the first version, active from the
 * beginning. Later packs of later releases are uploaded and reviewed like any other version.
 */
@Component
class DefaultPackImport {
    private static final Logger log = LoggerFactory.getLogger(DefaultPackImport.class);
    private final DefaultPolicyPack pack;
    private final RuleSetVersions versions;
    private final RuleSetActivations activations;
    private final RuleSetHistory history;
    private final ObjectMapper json;
    private final Clock clock;

    DefaultPackImport(DefaultPolicyPack pack, RuleSetVersions versions, RuleSetActivations activations,
                      RuleSetHistory history, ObjectMapper json, Clock clock) {
        this.pack = pack;
        this.versions = versions;
        this.activations = activations;
        this.history = history;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public void intoEmptyStore() throws JsonProcessingException {
        if (versions.count() > 0) {
            return;
        }
        RuleSetSource source = pack.load();
        String verification = json.writeValueAsString(new RuleSetVerification(source.hash(), source.version(), List.of(),
                ScenarioSummary.NOT_RUN));
        RuleSetVersion version = versions.save(new RuleSetVersion(source, RuleSetStatus.ACTIVE, "system", clock.instant(),
                "Default policy pack shipped with the service", null, verification));
        activations.save(new RuleSetActivation(source.hash(), Instant.EPOCH, "system", clock.instant(),
                "First version of an empty store"));
        history.record(version, RuleSetEvent.Action.ACTIVATED, "system",
                "Default policy pack imported into an empty store, effective from the beginning");
        log.info("Imported the default pack {} ({}) as the first, active rule-set version", source.version(), source.hash());
    }
}
