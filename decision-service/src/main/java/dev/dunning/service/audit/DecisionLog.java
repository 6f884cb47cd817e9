package dev.dunning.service.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.FiredRule;
import dev.dunning.rules.decision.MatchedRow;
import dev.dunning.rules.request.DecisionRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The decisions' side of the log: a decision is logged (request, answer, rule-set and model version, trace, caller)
 * and durable before it is answered; a request id already logged is answered with the decision logged for it.
 */
@Component
public class DecisionLog {
    private static final Logger log = LoggerFactory.getLogger(DecisionLog.class);
    private final AuditChain chain;
    private final AuditRecorder recorder;
    private final CanonicalJson json;
    private final AuditSettings settings;

    DecisionLog(AuditChain chain, AuditRecorder recorder, CanonicalJson json, AuditSettings settings) {
        this.chain = chain;
        this.recorder = recorder;
        this.json = json;
        this.settings = settings;
        if (settings.benchmarkWithoutLog()) {
            log.warn("dunning.audit.benchmark-without-log is set: decisions are NOT logged and requestId retries are "
                    + "not recognised. For benchmarks only; never in production.");
        }
    }

    /**
     * Logs {@code decision}, made for {@code request} on behalf of {@code caller}, and returns once it is durable.
     * When a decision for the same request id was logged first, returns that one instead, saying whether it was made
     * for the same request (the SHA-256 of the canonical request JSON). Throws {@link AuditLogUnavailable} when the
     * log cannot take it in time.
     */
    public LoggedDecision record(DecisionRequest request, Decision decision, String caller) {
        if (settings.benchmarkWithoutLog()) {
            return new LoggedDecision(decision, false, true);
        }
        String requestJson = json.write(request);
        String fingerprint = Hashes.sha256(requestJson);
        Appended appended = recorder.append(entry(request, requestJson, fingerprint, decision, caller));
        if (!appended.earlier()) {
            return new LoggedDecision(decision, false, true);
        }
        return new LoggedDecision(read(appended.entry()), true,
                fingerprint.equals(appended.entry().entry().facts().requestFingerprint()));
    }

    public Optional<Decision> find(String decisionId) {
        return entry(decisionId).map(this::read);
    }

    Optional<ChainedEntry> entry(String decisionId) {
        return chain.bySubject(EntryKind.DECISION, decisionId);
    }

    private LogEntry entry(DecisionRequest request, String requestJson, String fingerprint, Decision decision,
                           String caller) {
        String content = json.decisionContent(decision, requestJson);
        var columns = new LogEntry.Facts(request.requestId(), fingerprint, decision.accountId(),
                decision.asOf().toInstant().truncatedTo(ChronoUnit.MICROS), decision.escalation().step().name(),
                channel(decision), decision.ruleSet().version(), decision.ruleSet().hash(),
                decision.model() == null ? null : decision.model().version(), firedRules(decision));
        return new LogEntry(EntryKind.DECISION, Instant.EPOCH, caller, decision.decisionId(), columns, content);
    }

    /** The ids of the rules that fired and the table rows that matched, space-separated and padded for searching. */
    static String firedRules(Decision decision) {
        String ids = Stream.concat(decision.trace().firedRules().stream().map(FiredRule::id),
                        decision.trace().matchedRows().stream().map(MatchedRow::rowId))
                .filter(id -> id != null && !id.isBlank()).distinct().collect(Collectors.joining(" "));
        return " " + ids + " ";
    }

    private String channel(Decision decision) {
        if (decision.contact() == null) {
            return null;
        }
        JsonNode channel = json.toTree(decision.contact()).path("channel");
        return channel.isTextual() ? channel.asText() : null;
    }

    private Decision read(ChainedEntry entry) {
        return json.read(entry.entry().content(), DecisionContent.class).decision();
    }

}
