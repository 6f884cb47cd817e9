package dev.dunning.benchmarks.crash;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dunning.benchmarks.crash.CrashClient.Reply;
import dev.dunning.benchmarks.crash.Ledger.Answered;
import dev.dunning.benchmarks.crash.Ledger.Unanswered;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What must hold after a restart, for everything the run sent so far: every answered decision is stored as it was
 * answered, the log holds each answered request id exactly once and no request id twice, it holds no more decisions
 * than were sent, its chain verifies, and retries of answered requests are answered with the logged decision
 * without logging anything. Prints one PASS/FAIL line per check.
 */
final class LogCheck {
    private static final int PAGE = 500;
    private static final int LISTED = 20;
    private final CrashClient client;
    private final Requests requests;
    private final Ledger ledger;
    private final int threads;
    private final Random random;
    private boolean passed = true;

    LogCheck(CrashClient client, Requests requests, Ledger ledger, int threads, Random random) {
        this.client = client;
        this.requests = requests;
        this.ledger = ledger;
        this.threads = threads;
        this.random = random;
    }

    /** The numbers a cycle's checks found, for the run's summary. */
    record Found(long entries, long entriesTotal, long unansweredLogged, long entriesChecked, int retriesOk, int retries,
                 int missing, boolean passed) {
    }

    Found run(int cycle, int retries) throws IOException, InterruptedException {
        List<Answered> answered = ledger.answered();
        List<Unanswered> unanswered = ledger.unanswered();
        System.out.printf("Checks after the restart, over all %d cycle(s) so far: %d answered, %d unanswered%n", cycle,
                answered.size(), unanswered.size());
        int missing = stored(answered);
        Entries entries = entries();
        long entriesOfRun = logged(entries, answered, unanswered, cycle);
        long checked = chain();
        int retriesOk = retries(cycle, retries, entries.total());
        return new Found(entriesOfRun, entries.total(), inFlight(entries, ledger.unansweredIn(cycle)), checked, retriesOk,
                Math.min(retries, answered.size()), missing, passed);
    }

    /**
     * GET /api/v1/decisions/{id} for every answered decision: 200, same request id, same content. A lookup that gets
     * no answer (a time-out right after a start) is tried again, one at a time, before it counts as not checkable.
     */
    private int stored(List<Answered> answered) throws InterruptedException {
        Map<Answered, Lookup> lookups = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (Answered a : answered) {
                pool.submit(() -> lookups.put(a, lookup(a)));
            }
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            for (Answered a : answered) {
                if (lookups.get(a).outcome() == Outcome.NOT_CHECKABLE) {
                    lookups.put(a, lookup(a));
                }
            }
        }
        List<String> missing = details(lookups, Outcome.MISSING);
        List<String> different = details(lookups, Outcome.DIFFERENT);
        List<String> errors = details(lookups, Outcome.NOT_CHECKABLE);
        boolean ok = missing.isEmpty() && different.isEmpty() && errors.isEmpty();
        report(ok, "every answered decision is stored as answered: %d of %d found (GET /api/v1/decisions/{id}), %d missing, "
                + "%d different, %d not checkable", answered.size() - missing.size() - different.size() - errors.size(),
                answered.size(), missing.size(), different.size(), errors.size());
        list("missing", missing);
        list("different", different);
        list("not checkable", errors);
        return missing.size();
    }

    private enum Outcome { STORED, MISSING, DIFFERENT, NOT_CHECKABLE }

    private record Lookup(Outcome outcome, String detail) {
    }

    private Lookup lookup(Answered a) throws InterruptedException {
        try {
            Optional<JsonNode> stored = client.decision(a.decisionId());
            if (stored.isEmpty()) {
                return new Lookup(Outcome.MISSING, a.requestId() + " (decision " + a.decisionId() + ", answered "
                        + a.status() + " in cycle " + a.cycle() + ")");
            }
            String requestId = stored.get().path("requestId").asText();
            if (!a.requestId().equals(requestId)) {
                return new Lookup(Outcome.DIFFERENT, a.decisionId() + " is stored for request " + requestId
                        + ", was answered for " + a.requestId());
            }
            if (!a.contentHash().equals(CrashClient.contentHash(stored.get()))) {
                return new Lookup(Outcome.DIFFERENT, a.decisionId() + " (" + a.requestId() + ") is stored with other content than answered");
            }
            return new Lookup(Outcome.STORED, null);
        } catch (IOException | RuntimeException e) {
            return new Lookup(Outcome.NOT_CHECKABLE, a.decisionId() + " (" + a.requestId() + "): " + e);
        }
    }

    private static List<String> details(Map<Answered, Lookup> lookups, Outcome outcome) {
        return lookups.values().stream().filter(l -> l.outcome() == outcome).map(Lookup::detail).sorted().toList();
    }

    /** Every DECISION entry in the log, newest first, read in pages of 500: request id to the decision ids logged. */
    private record Entries(long total, long read, Map<String, List<String>> byRequestId, long others) {
        long ofRun() {
            return byRequestId.values().stream().mapToLong(List::size).sum();
        }
    }

    private Entries entries() throws IOException, InterruptedException {
        Map<String, List<String>> byRequestId = new HashMap<>();
        long total = -1;
        long read = 0;
        long others = 0;
        for (int page = 0; total < 0 || read < total; page++) {
            JsonNode found = client.decisionEntries(page, PAGE);
            total = found.path("total").asLong();
            if (found.path("entries").isEmpty()) {
                break;
            }
            for (JsonNode entry : found.path("entries")) {
                read++;
                String requestId = entry.path("requestId").asText("");
                if (requestId.startsWith(requests.prefix())) {
                    byRequestId.computeIfAbsent(requestId, id -> new ArrayList<>()).add(entry.path("subject").asText());
                } else {
                    others++;
                }
            }
        }
        return new Entries(total, read, byRequestId, others);
    }

    /** The log's DECISION entries of this run against the ledger: each answered once, none twice, none extra. */
    private long logged(Entries entries, List<Answered> answered, List<Unanswered> unanswered, int cycle) {
        List<String> twice = entries.byRequestId().entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " " + e.getValue()).sorted().toList();
        List<String> notOnce = new ArrayList<>();
        for (Answered a : answered) {
            List<String> logged = entries.byRequestId().getOrDefault(a.requestId(), List.of());
            if (logged.size() != 1 || !logged.getFirst().equals(a.decisionId())) {
                notOnce.add(a.requestId() + ": answered " + a.decisionId() + ", logged " + logged);
            }
        }
        long ofRun = entries.ofRun();
        report(entries.read() == entries.total(), "read all DECISION entries: %d of total %d (%d of this run, %d others)",
                entries.read(), entries.total(), ofRun, entries.others());
        report(twice.isEmpty() && notOnce.isEmpty(), "each answered requestId logged exactly once with its decisionId, "
                + "no requestId twice: %d answered not exactly once, %d requestIds twice", notOnce.size(), twice.size());
        list("answered but not logged exactly once", notOnce);
        list("logged twice", twice);
        long upper = answered.size() + (long) unanswered.size();
        report(ofRun >= answered.size() && ofRun <= upper, "DECISION entries of this run: %d, within [answered %d, "
                + "answered + unanswered %d]", ofRun, answered.size(), upper);
        System.out.printf("INFO  unanswered in cycle %d (in flight at the kill): %d, of which logged without an answer: %d "
                + "(acceptable either way)%n", cycle, ledger.unansweredIn(cycle).size(), inFlight(entries, ledger.unansweredIn(cycle)));
        return ofRun;
    }

    /** How many of {@code unanswered} the log holds anyway: logged, but killed before the answer went out. */
    private static long inFlight(Entries entries, List<Unanswered> unanswered) {
        return unanswered.stream().filter(u -> entries.byRequestId().containsKey(u.requestId())).count();
    }

    /** GET /api/v1/audit/verify: the chain must be intact. */
    private long chain() throws IOException, InterruptedException {
        JsonNode verification = client.verify();
        long checked = verification.path("entriesChecked").asLong();
        report(verification.path("intact").asBoolean(false), "chain verifies: intact %s, entriesChecked %d, checkpointSeq %s, "
                        + "headSeq %s, brokenAt %s, problem %s", verification.path("intact").asText(), checked,
                verification.path("checkpointSeq").asText(), verification.path("headSeq").asText(),
                verification.path("brokenAt").asText(), verification.path("problem").asText());
        return checked;
    }

    /**
     * Resends answered requests unchanged: half the sample are the last ones answered before this cycle's kill, the
     * rest chosen at random. Each must be answered 200, Idempotent-Replayed, with the same decision; the log must
     * not grow.
     */
    private int retries(int cycle, int count, long entriesBefore) throws IOException, InterruptedException {
        List<Answered> sample = sample(cycle, count);
        List<String> wrong = new ArrayList<>();
        for (Answered a : sample) {
            try {
                Reply reply = client.decide(requests.body(a.n()));
                if (reply.status() != 200 || !reply.replayed() || !a.decisionId().equals(reply.decisionId())
                        || !a.contentHash().equals(reply.contentHash())) {
                    wrong.add(a.requestId() + ": answered " + reply.status() + ", replayed " + reply.replayed()
                            + ", decision " + reply.decisionId() + " (first answer " + a.decisionId() + ")");
                }
            } catch (IOException e) {
                wrong.add(a.requestId() + ": " + e);
            }
        }
        long entriesAfter = client.decisionEntries(0, 1).path("total").asLong();
        int ok = sample.size() - wrong.size();
        report(wrong.isEmpty() && entriesAfter == entriesBefore && !sample.isEmpty(), "retries of answered requests: %d of %d "
                + "answered 200 Idempotent-Replayed: true with the same decision; DECISION entries before %d, after %d",
                ok, sample.size(), entriesBefore, entriesAfter);
        list("retry not replayed", wrong);
        return ok;
    }

    private List<Answered> sample(int cycle, int count) {
        List<Answered> thisCycle = new ArrayList<>(ledger.answeredIn(cycle));
        thisCycle.sort(Comparator.comparingLong(Answered::at).reversed());
        Set<Answered> sample = new LinkedHashSet<>(thisCycle.subList(0, Math.min(count / 2, thisCycle.size())));
        List<Answered> pool = thisCycle.size() > count ? thisCycle : ledger.answered();
        while (sample.size() < Math.min(count, pool.size())) {
            sample.add(pool.get(random.nextInt(pool.size())));
        }
        return List.copyOf(sample);
    }

    private void report(boolean ok, String format, Object... args) {
        passed &= ok;
        System.out.printf((ok ? "PASS  " : "FAIL  ") + format + "%n", args);
    }

    private static void list(String what, Collection<String> items) {
        items.stream().limit(LISTED).forEach(item -> System.out.println("      " + what + ": " + item));
        if (items.size() > LISTED) {
            System.out.printf("      ... and %d more%n", items.size() - LISTED);
        }
    }
}
