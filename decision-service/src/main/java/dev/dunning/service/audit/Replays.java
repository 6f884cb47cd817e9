package dev.dunning.service.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.service.risk.RiskModels;
import dev.dunning.service.rulesets.ActiveRuleSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates logged decisions with the versions recorded with them, on the request as received with the
 * contact-ledger contacts the decision added to its history. Nothing replayed is logged as a decision or
 * answered to a billing system: a replay only reports.
 */
@Component
class Replays {
    private static final int SAMPLES = 20;
    private final DecisionLog log;
    private final AuditSearch search;
    private final ActiveRuleSet ruleSets;
    private final DecisionPipeline pipeline;
    private final RiskModels risk;
    private final CanonicalJson json;

    Replays(DecisionLog log, AuditSearch search, ActiveRuleSet ruleSets, DecisionPipeline pipeline, RiskModels risk,
            CanonicalJson json) {
        this.log = log;
        this.search = search;
        this.ruleSets = ruleSets;
        this.pipeline = pipeline;
        this.risk = risk;
        this.json = json;
    }

    Replay replay(String decisionId) {
        ChainedEntry entry = log.entry(decisionId).orElseThrow(() -> new NotInLog("No decision " + decisionId
                + " in the decision log"));
        return replay(json.read(entry.entry().content(), DecisionContent.class));
    }

    ReplayReport replayRange(OffsetDateTime from, OffsetDateTime to) {
        var query = new AuditQuery(null, from, to, EntryKind.DECISION, null, null, null, null, null, null);
        long[] counts = new long[3];
        List<Replay> differences = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        search.forEach(query, entry -> {
            try {
                Replay replay = replay(json.read(entry.entry().content(), DecisionContent.class));
                counts[replay.identical() ? 0 : 1]++;
                if (!replay.identical() && differences.size() < SAMPLES) {
                    differences.add(replay);
                }
            } catch (RuntimeException e) {
                counts[2]++;
                if (failures.size() < SAMPLES) {
                    failures.add("entry " + entry.seq() + " (" + entry.entry().subject() + "): " + e.getMessage());
                }
            }
        });
        return new ReplayReport(from, to, counts[0] + counts[1] + counts[2], counts[0], counts[1], counts[2],
                differences, failures);
    }

    private Replay replay(DecisionContent recorded) {
        Decision before = recorded.decision();
        String modelVersion = before.model() == null ? null : before.model().version();
        DecisionRequest decided = recorded.request().withContacts(recorded.ledgerContacts());
        Decision again = pipeline.decide(decided, ruleSets.version(before.ruleSet().hash()),
                risk.assess(decided, modelVersion));
        List<FieldDifference> differences = differences(flatten(before), flatten(again));
        return new Replay(before.decisionId(), before.ruleSet().version(), before.ruleSet().hash(),
                modelVersion, differences.isEmpty(), differences);
    }

    private Map<String, String> flatten(Decision decision) {
        Map<String, String> fields = new TreeMap<>();
        flatten("", json.toTree(decision), fields);
        fields.remove("/decisionId");
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> into) {
        if (node.isContainerNode() && !node.isEmpty()) {
            node.properties().forEach(f -> flatten(path + "/" + f.getKey(), f.getValue(), into));
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                flatten(path + "/" + i, node.get(i), into);
            }
        } else {
            into.put(path, node.isValueNode() ? node.asText() : node.toString());
        }
    }

    private static List<FieldDifference> differences(Map<String, String> recorded, Map<String, String> replayed) {
        TreeSet<String> fields = new TreeSet<>(recorded.keySet());
        fields.addAll(replayed.keySet());
        return fields.stream().filter(f -> !Objects.equals(recorded.get(f), replayed.get(f)))
                .map(f -> new FieldDifference(f, recorded.get(f), replayed.get(f))).toList();
    }
}
