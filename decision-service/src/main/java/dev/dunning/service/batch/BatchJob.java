package dev.dunning.service.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Properties;

/**
 * One asynchronous CSV job: its folder (input, decisions, rejects, and {@value #STATE} with its state, rewritten at
 * each change so that a restarted service finds it), and its progress while it runs. Thread-safe.
 */
final class BatchJob implements Progress {
    static final String INPUT = "input.csv";
    static final String DECISIONS = "decisions.csv";
    static final String REJECTS = "rejects.csv";
    static final String STATE = "job.properties";

    enum Status { QUEUED, RUNNING, DONE, FAILED }

    private final String id;
    private final Path folder;
    private final String caller;
    private final OffsetDateTime createdAt;
    private Status status;
    private OffsetDateTime finishedAt;
    private String message;
    private BatchCounts counts = new BatchCounts();
    private long inputSize;
    private long inputBytes;
    private long rowsBefore;
    private long startedNanos;

    BatchJob(String id, Path folder, String caller, OffsetDateTime createdAt, Status status) {
        this.id = id;
        this.folder = folder;
        this.caller = caller;
        this.createdAt = createdAt;
        this.status = status;
    }

    String id() {
        return id;
    }

    String caller() {
        return caller;
    }

    Path file(String name) {
        return folder.resolve(name);
    }

    synchronized Status status() {
        return status;
    }

    synchronized void running() {
        status = Status.RUNNING;
        save();
    }

    synchronized void done(FileBatch.Summary summary, OffsetDateTime at) {
        counts = summary.total();
        finish(Status.DONE, at, null);
    }

    synchronized void failed(String why, OffsetDateTime at) {
        finish(Status.FAILED, at, why);
    }

    Progress.Start progress() {
        return (size, before) -> {
            synchronized (this) {
                inputSize = size;
                rowsBefore = before;
                startedNanos = System.nanoTime();
            }
            return this;
        };
    }

    @Override
    public synchronized void update(BatchCounts soFar, long bytesRead) {
        counts = soFar;
        inputBytes = bytesRead;
    }

    synchronized BatchJobView view() {
        long rows = counts.read();
        long expected = status == Status.DONE ? rows : BatchProgress.expectedRows(rows, inputSize, inputBytes);
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        Double rate = status == Status.RUNNING && seconds > 0 ? (rows - rowsBefore) / seconds : null;
        Duration eta = rate == null || rate == 0 ? null : Duration.ofSeconds(Math.round((expected - rows) / rate));
        return new BatchJobView(id, status, caller, createdAt, finishedAt, rows, counts.decided(), counts.rejected(),
                counts.steps(), expected, rate == null ? null : Math.round(rate), eta, message,
                status == Status.DONE ? BatchJobView.Links.of(id) : null);
    }

    private void finish(Status end, OffsetDateTime at, String why) {
        status = end;
        finishedAt = at;
        message = why;
        save();
    }

    /** Writes the state atomically: a crash leaves the previous state or this one. */
    synchronized void save() {
        Properties state = new Properties();
        state.setProperty("caller", caller);
        state.setProperty("createdAt", createdAt.toString());
        state.setProperty("status", status.name());
        if (finishedAt != null) {
            state.setProperty("finishedAt", finishedAt.toString());
        }
        if (message != null) {
            state.setProperty("message", message);
        }
        counts.writeTo(state);
        try {
            Path next = folder.resolve(STATE + ".next");
            try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                state.store(out, "dunning batch job " + id);
            }
            Files.move(next, folder.resolve(STATE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the state of batch job " + id, e);
        }
    }

    /** The job kept in {@code folder} by an earlier run of the service. */
    static BatchJob load(Path folder) throws IOException {
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(STATE), StandardCharsets.UTF_8)) {
            state.load(in);
        }
        BatchJob job = new BatchJob(folder.getFileName().toString(), folder, state.getProperty("caller"),
                OffsetDateTime.parse(state.getProperty("createdAt")), Status.valueOf(state.getProperty("status")));
        job.counts = BatchCounts.readFrom(state);
        job.finishedAt = state.getProperty("finishedAt") == null ? null : OffsetDateTime.parse(state.getProperty("finishedAt"));
        job.message = state.getProperty("message");
        return job;
    }
}
