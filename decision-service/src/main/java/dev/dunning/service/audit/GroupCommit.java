package dev.dunning.service.audit;

import dev.dunning.rules.decision.Decision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits entries in groups: one writer thread takes whatever entries are waiting (up to the group size), appends
 * them in one transaction, commits it, and only then completes each caller's future. Many concurrent requests
 * thus share one sync to disk instead of paying one each. The {@link DecisionsLogged} listeners are told of the
 * decisions newly appended, in the same transaction. A failed group fails every caller in it; none is answered as if
 * logged. The writer survives whatever a group throws, an {@link Error} included, and goes on with the next group.
 */
@Component
class GroupCommit implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    /** How often a waiting group looks again whether decisions are still under way. */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private final BlockingQueue<Pending> waiting;
    private final TransactionTemplate transactions;
    private final AuditChain chain;
    private final ObjectProvider<DecisionsLogged> listenerBeans;
    private List<DecisionsLogged> listeners = List.of();
    private final int groupSize;
    private final Duration commitDelay;
    private final AtomicInteger underway = new AtomicInteger();
    private int lastGroup;
    private final Timer appendTime;
    private final DistributionSummary groupSizes;
    private volatile boolean running;
    private Thread writer;

    GroupCommit(AuditSettings settings, PlatformTransactionManager transactions, AuditChain chain,
                ObjectProvider<DecisionsLogged> listeners, MeterRegistry meters) {
        this.waiting = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.transactions = new TransactionTemplate(transactions);
        this.chain = chain;
        this.listenerBeans = listeners;
        this.groupSize = settings.groupSize();
        this.commitDelay = settings.commitDelay();
        this.appendTime = Timer.builder("dunning.audit.group.append").description("Appending and committing one group")
                .register(meters);
        this.groupSizes = DistributionSummary.builder("dunning.audit.group.size").description("Entries per group")
                .register(meters);
    }

    /** Queues {@code entry}; the future completes once its group is durable, or fails if the group could not commit. */
    CompletableFuture<Appended> submit(LogEntry entry) {
        return submit(entry, null);
    }

    /** Queues the entry of {@code decision}, of which the listeners are told if it is newly appended. */
    CompletableFuture<Appended> submit(LogEntry entry, Decision decision) {
        Pending pending = new Pending(entry, decision, new CompletableFuture<>());
        if (!running || !waiting.offer(pending)) {
            pending.done().completeExceptionally(new AuditLogUnavailable(
                    !running ? "The decision log is not running" : "The decision log is overloaded", null));
        }
        return pending.done();
    }

    private void run() {
        List<Pending> group = new ArrayList<>(groupSize);
        while (running || !waiting.isEmpty()) {
            try {
                Pending first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                waiting.drainTo(group, groupSize - 1);
                gatherSiblings(group);
                commit(group);
                lastGroup = group.size();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(group, e);
                return;
            } catch (RuntimeException | Error e) {
                fail(group, e);
            } finally {
                group.clear();
            }
        }
    }

    /**
     * Waits up to the commit delay for more entries, so that they share this group's commit: one commit (and one
     * round of database work that does not grow with the group) for many entries instead of one each. It waits only
     * while a decision is under way (being made, its entry not yet queued) or the last group had company, so a lone
     * caller never waits; after a burst, the first lone entry may wait the delay once.
     */
    private void gatherSiblings(List<Pending> group) throws InterruptedException {
        long deadline = System.nanoTime() + commitDelay.toNanos();
        while (group.size() < groupSize && (underway.get() > 0 || lastGroup > 1)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Pending next = waiting.poll(Math.min(left, RECHECK_NANOS), TimeUnit.NANOSECONDS);
            if (next == null) {
                continue;
            }
            group.add(next);
            waiting.drainTo(group, groupSize - group.size());
        }
    }

    /** Counts a decision being made until {@link Underway#close()}; its entry is submitted after that, if at all. */
    Underway underway() {
        underway.incrementAndGet();
        return underway::decrementAndGet;
    }

    interface Underway extends AutoCloseable {
        @Override
        void close();
    }

    private void commit(List<Pending> group) {
        try {
            List<Appended> results = appendTime.record(() -> transactions.execute(status -> appendAndTell(group)));
            groupSizes.record(group.size());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).done().complete(results.get(i));
            }
        } catch (RuntimeException | Error e) {
            fail(group, e);
        }
    }

    /** Fails every caller of a group not yet answered; the writer goes on with the next group. */
    private static void fail(List<Pending> group, Throwable e) {
        String why = e instanceof Error ? e.getClass().getName() : e.getMessage();
        if (e instanceof Error) {
            log.error("The decision log could not commit a group of {} entries: {}", group.size(), why, e);
        } else {
            log.error("The decision log could not commit a group of {} entries: {}", group.size(), why);
        }
        AuditLogUnavailable failure = new AuditLogUnavailable("The decision log could not commit: " + why, e);
        group.forEach(p -> p.done().completeExceptionally(failure));
    }

    /** Appends the group and tells the listeners of the decisions newly appended, in the current transaction. */
    private List<Appended> appendAndTell(List<Pending> group) {
        List<Appended> results = chain.appendOnce(group.stream().map(Pending::entry).toList());
        List<Decision> logged = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            if (group.get(i).decision() != null && !results.get(i).earlier()) {
                logged.add(group.get(i).decision());
            }
        }
        if (!logged.isEmpty()) {
            listeners.forEach(listener -> listener.logged(List.copyOf(logged)));
        }
        return results;
    }

    @Override
    public void start() {
        listeners = listenerBeans.orderedStream().toList();
        running = true;
        writer = Thread.ofPlatform().name("decision-log-writer").daemon(false).start(this::run);
    }

    /** Stops taking entries and finishes those already queued. */
    @Override
    public void stop() {
        running = false;
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the web server, so that no request finds the writer gone. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private record Pending(LogEntry entry, Decision decision, CompletableFuture<Appended> done) {
    }
}
