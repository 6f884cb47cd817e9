package dev.dunning.benchmarks.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every request the run sent, across all cycles, written to by the workers concurrently: those answered with a
 * decision, and those that got no decision (no HTTP answer, 503, anything else), which were in flight when the
 * service was killed or failed before it.
 */
final class Ledger {
    private final ConcurrentLinkedQueue<Answered> answered = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Unanswered> unanswered = new ConcurrentLinkedQueue<>();

    /** A request answered 201 (or 200) with a decision; {@code at} is System.nanoTime() when the answer came. */
    record Answered(int cycle, long n, String requestId, String decisionId, int status, boolean replayed,
                    String contentHash, long at) {
    }

    /** A request without a decision: {@code reason} is "HTTP <status>" or the exception that ended the call. */
    record Unanswered(int cycle, long n, String requestId, String reason) {
    }

    void answered(Answered request) {
        answered.add(request);
    }

    void unanswered(Unanswered request) {
        unanswered.add(request);
    }

    List<Answered> answered() {
        return List.copyOf(answered);
    }

    List<Unanswered> unanswered() {
        return List.copyOf(unanswered);
    }

    List<Answered> answeredIn(int cycle) {
        return answered.stream().filter(a -> a.cycle() == cycle).toList();
    }

    List<Unanswered> unansweredIn(int cycle) {
        return unanswered.stream().filter(u -> u.cycle() == cycle).toList();
    }

    /** How many requests of {@code cycle} failed for each reason, e.g. {HTTP 503=2, IOException=6}. */
    Map<String, Long> reasons(int cycle) {
        return unansweredIn(cycle).stream().collect(Collectors.groupingBy(Unanswered::reason, TreeMap::new, Collectors.counting()));
    }

    /** Writes answered.csv and unanswered.csv into {@code dir}, sorted by request number: the evidence of the run. */
    void write(Path dir) throws IOException {
        Files.write(dir.resolve("answered.csv"), Stream.concat(Stream.of("cycle,n,requestId,decisionId,status,replayed"),
                answered().stream().sorted(Comparator.comparingLong(Answered::n)).map(a -> a.cycle() + "," + a.n() + ","
                        + a.requestId() + "," + a.decisionId() + "," + a.status() + "," + a.replayed())).toList());
        Files.write(dir.resolve("unanswered.csv"), Stream.concat(Stream.of("cycle,n,requestId,reason"),
                unanswered().stream().sorted(Comparator.comparingLong(Unanswered::n)).map(u -> u.cycle() + "," + u.n()
                        + "," + u.requestId() + "," + u.reason().replace(',', ';'))).toList());
    }
}
