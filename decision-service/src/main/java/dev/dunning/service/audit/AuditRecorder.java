package dev.dunning.service.audit;

import dev.dunning.rules.decision.Decision;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/** Appends an entry through the group commit and waits until it is durable, or fails with {@link AuditLogUnavailable}. */
@Component
class AuditRecorder {
    private final GroupCommit commits;
    private final CanonicalJson json;
    private final AuditSettings settings;

    AuditRecorder(GroupCommit commits, CanonicalJson json, AuditSettings settings) {
        this.commits = commits;
        this.json = json;
        this.settings = settings;
    }

    /** Logs what {@code actor} did, with {@code content} as its canonical JSON. */
    ChainedEntry record(EntryKind kind, String actor, String subject, Object content) {
        return append(new LogEntry(kind, Instant.EPOCH, actor, subject, LogEntry.Facts.NONE, json.write(content))).entry();
    }

    Appended append(LogEntry entry) {
        return await(commits.submit(entry));
    }

    /** Appends the entry of {@code decision}; see {@link DecisionsLogged}. */
    Appended append(LogEntry entry, Decision decision) {
        return await(commits.submit(entry, decision));
    }

    private Appended await(CompletableFuture<Appended> appended) {
        try {
            return appended.get(settings.commitTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AuditLogUnavailable unavailable ? unavailable
                    : new AuditLogUnavailable("The decision log failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AuditLogUnavailable("The decision log did not confirm the entry in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditLogUnavailable("Interrupted while waiting for the decision log", e);
        }
    }
}
