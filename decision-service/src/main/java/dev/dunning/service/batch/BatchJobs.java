package dev.dunning.service.batch;

import dev.dunning.service.audit.AuditLogUnavailable;
import dev.dunning.service.decisions.Decided;
import dev.dunning.service.decisions.Decisions;
import dev.dunning.service.web.BodyTooLarge;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import dev.dunning.datasets.portfolio.PortfolioCsv;
import dev.dunning.rules.request.RequestValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Asynchronous CSV jobs: each uploaded portfolio is stored in a folder of its own under the work directory and
 * decided in the background, one job at a time, row by row through {@link Decisions} (validated, logged, idempotent
 * by requestId), with a checkpoint after each chunk as {@code ./dunning decide} writes one. A job that was running
 * when the service stopped is resumed from its checkpoint when the service is ready again; rows decided after the
 * checkpoint are sent again and answered from the log, never logged twice. When the decision log stays unavailable
 * the job fails at its checkpoint and can be resumed.
 */
@Component
class BatchJobs {
    private static final Logger log = LoggerFactory.getLogger(BatchJobs.class);
    private static final List<Duration> RETRIES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    private final Decisions decisions;
    private final RequestValidator validator;
    private final BatchJobSettings settings;
    private final Clock clock;
    private final Map<String, BatchJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("batch-job").daemon().factory());

    BatchJobs(Decisions decisions, RequestValidator validator, BatchJobSettings settings, Clock clock) {
        this.decisions = decisions;
        this.validator = validator;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Stores {@code portfolio} as a new job of {@code caller} and queues it; a file without the portfolio header is
     * refused, and so is a body above its limit (nothing of it is kept).
     */
    BatchJob submit(InputStream portfolio, String caller) throws BodyTooLarge {
        String id = UUID.randomUUID().toString();
        Path folder = settings.workDir().resolve(id);
        try {
            Files.createDirectories(folder);
            Files.copy(portfolio, folder.resolve(BatchJob.INPUT));
            checkHeader(folder.resolve(BatchJob.INPUT));
        } catch (BodyTooLarge e) {
            FileSystemUtils.deleteRecursively(folder.toFile());
            throw e;
        } catch (IOException e) {
            FileSystemUtils.deleteRecursively(folder.toFile());
            throw new UncheckedIOException("The portfolio could not be stored for the job", e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            FileSystemUtils.deleteRecursively(folder.toFile());
            throw new InvalidBatchJob("file", e.getMessage());
        }
        BatchJob job = new BatchJob(id, folder, caller, OffsetDateTime.now(clock), BatchJob.Status.QUEUED);
        job.save();
        jobs.put(id, job);
        queue(job, false);
        return job;
    }

    BatchJob job(String id) {
        BatchJob job = jobs.get(id);
        if (job == null) {
            throw new BatchJobNotFound("No batch job " + id);
        }
        return job;
    }

    /** A failed job continues from its last checkpoint. */
    BatchJob resume(String id) {
        BatchJob job = job(id);
        if (job.status() != BatchJob.Status.FAILED) {
            throw new InvalidBatchJob("id", "job " + id + " is " + job.status() + ": only a FAILED job can be resumed");
        }
        queue(job, true);
        return job;
    }

    /** A file of a finished job. */
    Path file(String id, String name) {
        BatchJob job = job(id);
        if (job.status() != BatchJob.Status.DONE) {
            throw new BatchJobNotFound("Batch job " + id + " has no " + name + " yet: it is " + job.status());
        }
        return job.file(name);
    }

    /** Finds the jobs of earlier runs of the service and resumes those that had not finished. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() throws IOException {
        if (!Files.isDirectory(settings.workDir())) {
            return;
        }
        try (Stream<Path> folders = Files.list(settings.workDir())) {
            for (Path folder : folders.filter(f -> Files.exists(f.resolve(BatchJob.STATE))).sorted(byAge()).toList()) {
                BatchJob job = BatchJob.load(folder);
                jobs.put(job.id(), job);
                if (job.status() == BatchJob.Status.QUEUED || job.status() == BatchJob.Status.RUNNING) {
                    log.info("Resuming batch job {} ({} when the service stopped)", job.id(), job.status());
                    queue(job, true);
                }
            }
        }
    }

    private void queue(BatchJob job, boolean resume) {
        runner.execute(() -> run(job, resume));
    }

    private void run(BatchJob job, boolean resume) {
        job.running();
        try {
            FileBatch.Summary summary = new FileBatch(request -> decide(request, job.caller()), settings.callers(),
                    settings.chunkSize(), validator).decide(job.file(BatchJob.INPUT), job.file(BatchJob.DECISIONS),
                    job.file(BatchJob.REJECTS), resume, job.progress());
            job.done(summary, OffsetDateTime.now(clock));
            log.info("Batch job {} done: {} decided, {} rejected", job.id(), summary.total().decided(),
                    summary.total().rejected());
        } catch (IOException | RuntimeException e) {
            log.warn("Batch job {} failed: {}", job.id(), e.getMessage());
            job.failed(e.getMessage(), OffsetDateTime.now(clock));
        } catch (Error e) {
            log.error("Batch job {} failed", job.id(), e);
            job.failed("failed with " + e.getClass().getName(), OffsetDateTime.now(clock));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Decides through the service; waits out a short outage of the decision log, then stops the run. */
    private Decided decide(dev.dunning.rules.request.DecisionRequest request, String caller) {
        for (Duration pause : RETRIES) {
            try {
                return decisions.decide(request, caller);
            } catch (AuditLogUnavailable e) {
                sleep(pause);
            }
        }
        try {
            return decisions.decide(request, caller);
        } catch (AuditLogUnavailable e) {
            throw new Decider.Unavailable("the decision log is unavailable: " + e.getMessage(), e);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Decider.Unavailable("interrupted", e);
        }
    }

    private static void checkHeader(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); var rows = PortfolioCsv.reader(in)) {
            rows.iterator();
        }
    }

    private static Comparator<Path> byAge() {
        return Comparator.comparing(folder -> {
            try {
                return Files.getLastModifiedTime(folder.resolve(BatchJob.INPUT)).toInstant();
            } catch (IOException e) {
                return java.time.Instant.EPOCH;
            }
        });
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
