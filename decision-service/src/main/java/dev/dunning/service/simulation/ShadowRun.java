package dev.dunning.service.simulation;

import dev.dunning.rules.compiler.CompiledRuleSet;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** One period of shadow mode: the candidate, since when and by whom, the counts and the latest differences. */
final class ShadowRun {
    static final int SAMPLE = 20;
    private final CompiledRuleSet candidate;
    private final String startedBy;
    private final OffsetDateTime since;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<Difference, LongAdder> byKind = new ConcurrentHashMap<>();
    private final Deque<ShadowView.Sample> latest = new ArrayDeque<>();

    ShadowRun(CompiledRuleSet candidate, String startedBy, OffsetDateTime since) {
        this.candidate = candidate;
        this.startedBy = startedBy;
        this.since = since;
        for (String outcome : List.of("same", "different", "dropped", "failed")) {
            counts.put(outcome, new LongAdder());
        }
        for (Difference kind : Difference.values()) {
            byKind.put(kind, new LongAdder());
        }
    }

    CompiledRuleSet candidate() {
        return candidate;
    }

    void count(String outcome) {
        counts.get(outcome).increment();
    }

    void sample(ShadowView.Sample difference) {
        difference.differences().forEach(kind -> byKind.get(kind).increment());
        synchronized (latest) {
            latest.addFirst(difference);
            if (latest.size() > SAMPLE) {
                latest.removeLast();
            }
        }
    }

    ShadowView view() {
        Map<String, Long> outcomes = new TreeMap<>();
        counts.forEach((outcome, count) -> outcomes.put(outcome, count.sum()));
        Map<Difference, Long> kinds = new TreeMap<>();
        byKind.forEach((kind, count) -> kinds.put(kind, count.sum()));
        synchronized (latest) {
            return new ShadowView(candidate.ref(), startedBy, since, outcomes, kinds, List.copyOf(latest));
        }
    }
}
