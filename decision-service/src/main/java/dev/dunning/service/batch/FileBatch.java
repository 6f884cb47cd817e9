package dev.dunning.service.batch;

import dev.dunning.rules.request.RequestValidator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A portfolio file decided into a decisions file and a rejects file, resumable after a crash (see {@link BatchFiles}),
 * on {@code threads} worker threads with at most three chunks per thread in memory.
 */
public final class FileBatch {
    private final Decider decider;
    private final int threads;
    private final int chunkSize;
    private final RequestValidator validator;

    /** Rows within the bounds of every request ({@link RequestValidator#standalone()}: {@code asOf} free). */
    public FileBatch(Decider decider, int threads, int chunkSize) {
        this(decider, threads, chunkSize, RequestValidator.standalone());
    }

    /** Rows within the bounds {@code validator} checks. */
    public FileBatch(Decider decider, int threads, int chunkSize, RequestValidator validator) {
        this.decider = decider;
        this.threads = threads;
        this.chunkSize = chunkSize;
        this.validator = validator;
    }

    /** What a run did: the counts of all runs on these files, those of the runs it resumed, and its own time. */
    public record Summary(BatchCounts total, BatchCounts before, Duration elapsed) {
        public double rowsPerSecond() {
            return (total.read() - before.read()) / Math.max(elapsed.toNanos() / 1e9, 1e-9);
        }
    }

    /** Decides {@code in}, showing progress on a terminal or as log lines on {@code log}. */
    public Summary decide(Path in, Path out, Path rejects, boolean resume, PrintStream log)
            throws IOException, InterruptedException {
        return decide(in, out, rejects, resume, (size, before) -> BatchProgress.of(size, before, log));
    }

    /** Decides {@code in}, telling {@code progress} of each chunk written. */
    Summary decide(Path in, Path out, Path rejects, boolean resume, Progress.Start progress)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().factory());
        try (BatchFiles files = resume ? BatchFiles.resume(in, out, rejects) : BatchFiles.start(in, out, rejects);
             Progress shown = progress.start(Files.size(in), files.countsBefore().read())) {
            BatchFiles.Input input = files.openInput(in, validator);
            try (var reader = input.reader()) {
                new BatchRun(decider, workers, chunkSize, threads * 3)
                        .run(reader, input.lineOffset(), input.bytes()::count, chunk -> {
                            files.accept(chunk);
                            shown.update(files.counts(), chunk.inputBytes());
                        });
            }
            files.complete();
            return new Summary(files.counts(), files.countsBefore(), Duration.ofNanos(System.nanoTime() - started));
        } finally {
            workers.shutdownNow();
        }
    }
}
