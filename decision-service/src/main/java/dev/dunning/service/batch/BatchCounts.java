package dev.dunning.service.batch;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Accounts decided (per escalation step) and rows rejected. Not thread-safe: one per chunk, added up in order. */
public final class BatchCounts {
    private static final String STEP = "step.";
    private final Map<String, Long> steps = new TreeMap<>();
    private long decided;
    private long rejected;

    void countDecided(String step) {
        decided++;
        steps.merge(step, 1L, Long::sum);
    }

    void countRejected() {
        rejected++;
    }

    void add(BatchCounts other) {
        decided += other.decided;
        rejected += other.rejected;
        other.steps.forEach((step, n) -> steps.merge(step, n, Long::sum));
    }

    public long read() {
        return decided + rejected;
    }

    public long decided() {
        return decided;
    }

    public long rejected() {
        return rejected;
    }

    public Map<String, Long> steps() {
        return Map.copyOf(steps);
    }

    void writeTo(Properties properties) {
        properties.setProperty("decided", Long.toString(decided));
        properties.setProperty("rejected", Long.toString(rejected));
        steps.forEach((step, n) -> properties.setProperty(STEP + step, Long.toString(n)));
    }

    static BatchCounts readFrom(Properties properties) {
        BatchCounts counts = new BatchCounts();
        counts.decided = Long.parseLong(properties.getProperty("decided"));
        counts.rejected = Long.parseLong(properties.getProperty("rejected"));
        properties.stringPropertyNames().stream().filter(k -> k.startsWith(STEP))
                .forEach(k -> counts.steps.put(k.substring(STEP.length()), Long.parseLong(properties.getProperty(k))));
        return counts;
    }
}
