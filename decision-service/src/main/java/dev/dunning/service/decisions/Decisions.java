package dev.dunning.service.decisions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.service.rulesets.ActiveRuleSet;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Makes decisions with the active rule set and stores each one. A request id answers the same decision every time
 * it is sent with the same request, and is refused when sent with a different one.
 */
@Service
class Decisions {
    private final ActiveRuleSet ruleSet;
    private final DecisionPipeline pipeline;
    private final DecisionRecords records;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Clock clock;

    Decisions(ActiveRuleSet ruleSet, DecisionPipeline pipeline, DecisionRecords records, ObjectMapper json,
              MeterRegistry meters, Clock clock) {
        this.ruleSet = ruleSet;
        this.pipeline = pipeline;
        this.records = records;
        this.json = json;
        this.meters = meters;
        this.clock = clock;
    }

    Decided decide(DecisionRequest request) {
        String requestJson = write(request);
        String fingerprint = sha256(requestJson);
        Optional<DecisionRecord> earlier = records.findByRequestId(request.requestId());
        if (earlier.isPresent()) {
            return replay(earlier.get(), request.requestId(), fingerprint);
        }
        Decision decision = meters.timer("dunning.decision.evaluation").record(() -> pipeline.decide(request, ruleSet.effectiveAt(request.asOf())));
        try {
            records.saveAndFlush(new DecisionRecord(new StoredDecision(decision, requestJson, fingerprint,
                    write(decision), clock.instant())));
        } catch (DataIntegrityViolationException concurrentDuplicate) {
            return replay(records.findByRequestId(request.requestId()).orElseThrow(() -> concurrentDuplicate),
                    request.requestId(), fingerprint);
        }
        meters.counter("dunning.decisions", "step", decision.escalation().step().name(),
                "ruleSet", decision.ruleSet().version()).increment();
        return new Decided(decision, false);
    }

    Decision find(String decisionId) {
        return records.findById(decisionId).map(this::read).orElseThrow(() -> new DecisionNotFound(decisionId));
    }

    private Decided replay(DecisionRecord earlier, String requestId, String fingerprint) {
        if (!earlier.requestFingerprint().equals(fingerprint)) {
            throw new RequestIdReused(requestId);
        }
        return new Decided(read(earlier), true);
    }

    private Decision read(DecisionRecord record) {
        try {
            return json.readValue(record.decisionJson(), Decision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored decision is not readable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
