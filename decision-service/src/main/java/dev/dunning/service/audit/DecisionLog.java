package dev.dunning.service.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.FiredRule;
import dev.dunning.rules.decision.MatchedRow;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.DecisionRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
    private final GroupCommit commits;
    private final CanonicalJson json;
    private final AuditSettings settings;

    DecisionLog(AuditChain chain, AuditRecorder recorder, GroupCommit commits, CanonicalJson json,
                AuditSettings settings) {
        this.chain = chain;
        this.recorder = recorder;
        this.commits = commits;
        this.json = json;
        this.settings = settings;
        if (settings.benchmarkWithoutLog()) {
            log.warn("dunning.audit.benchmark-without-log is set: decisions are NOT logged, their planned contacts are "
                    + "NOT recorded in the contact ledger, and requestId retries are not recognised. For benchmarks "
                    + "only; never in production.");
        }
    }

    /**
     * Makes a decision with {@code decide}, logs it with {@code request} (as received) and the contact-ledger
     * contacts it was decided with ({@code ledgerContacts}, added to the request's history) on behalf of
     * {@code caller}, and returns once it is durable; the {@link DecisionsLogged} listeners record what they keep of
     * it in the same transaction. While the decision is being made, the log knows it is coming, so that a group about to
     * commit can wait for it (see {@link GroupCommit}). When a decision for the same request id was logged first,
     * returns that one instead, saying whether it was made for the same request (the SHA-256 of the canonical request
     * JSON). Throws {@link AuditLogUnavailable} when the log cannot take it in time.
     */
    public LoggedDecision record(DecisionRequest request, List<ContactRecord> ledgerContacts, Supplier<Decision> decide,
                                 String caller) {
        if (settings.benchmarkWithoutLog()) {
            Decision decision = decide.get();
            return new LoggedDecision(decision, json.write(decision), false, true);
        }
        Decision decision;
        String decisionJson;
        String fingerprint;
        LogEntry entry;
        try (var underway = commits.underway()) {
            decision = decide.get();
            decisionJson = json.write(decision);
            String requestJson = json.write(request);
            fingerprint = Hashes.sha256(requestJson);
            entry = entry(request, fingerprint, decision, json.decisionContent(decisionJson, ledgerContacts, requestJson),
                    caller);
        }
        Appended appended = recorder.append(entry, decision);
        if (!appended.earlier()) {
            return new LoggedDecision(decision, decisionJson, false, true);
        }
        Decision earlier = read(appended.entry());
        return new LoggedDecision(earlier, json.write(earlier), true,
                fingerprint.equals(appended.entry().entry().facts().requestFingerprint()));
    }

    public Optional<Decision> find(String decisionId) {
        return entry(decisionId).map(this::read);
    }

    /** A logged decision as it was answered: the same canonical JSON, byte for byte. */
    public Optional<String> answer(String decisionId) {
        return find(decisionId).map(json::write);
    }

    Optional<ChainedEntry> entry(String decisionId) {
        return chain.bySubject(EntryKind.DECISION, decisionId);
    }

    private LogEntry entry(DecisionRequest request, String fingerprint, Decision decision, String content,
                           String caller) {
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
