package dev.dunning.service.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits entries in groups: one writer thread takes whatever entries are waiting (up to the group size), appends
 * them in one transaction, commits it, and only then completes each caller's future. Many concurrent requests
 * thus share one sync to disk instead of paying one each. A failed group fails every caller in it; none is answered
 * as if logged.
 */
@Component
class GroupCommit implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    private final BlockingQueue<Pending> waiting;
    private final TransactionTemplate transactions;
    private final AuditChain chain;
    private final int groupSize;
    private final Timer appendTime;
    private final DistributionSummary groupSizes;
    private volatile boolean running;
    private Thread writer;

    GroupCommit(AuditSettings settings, PlatformTransactionManager transactions, AuditChain chain, MeterRegistry meters) {
        this.waiting = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.transactions = new TransactionTemplate(transactions);
        this.chain = chain;
        this.groupSize = settings.groupSize();
        this.appendTime = Timer.builder("dunning.audit.group.append").description("Appending and committing one group")
                .register(meters);
        this.groupSizes = DistributionSummary.builder("dunning.audit.group.size").description("Entries per group")
                .register(meters);
    }

    /** Queues {@code entry}; the future completes once its group is durable, or fails if the group could not commit. */
    CompletableFuture<Appended> submit(LogEntry entry) {
        Pending pending = new Pending(entry, new CompletableFuture<>());
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
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Pending> group) {
        try {
            List<Appended> results = appendTime.record(() -> transactions.execute(status ->
                    chain.appendOnce(group.stream().map(Pending::entry).toList())));
            groupSizes.record(group.size());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).done().complete(results.get(i));
            }
        } catch (RuntimeException e) {
            log.error("The decision log could not commit a group of {} entries: {}", group.size(), e.getMessage());
            AuditLogUnavailable failure = new AuditLogUnavailable("The decision log could not commit: " + e.getMessage(), e);
            group.forEach(p -> p.done().completeExceptionally(failure));
        }
    }

    @Override
    public void start() {
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

    private record Pending(LogEntry entry, CompletableFuture<Appended> done) {
    }
}
