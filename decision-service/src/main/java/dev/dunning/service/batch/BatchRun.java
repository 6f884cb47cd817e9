package dev.dunning.service.batch;

import com.opencsv.ICSVWriter;
import dev.dunning.datasets.csv.FormulaSafeCsv;
import dev.dunning.datasets.portfolio.PortfolioCsv;
import dev.dunning.datasets.portfolio.PortfolioRow;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.service.decisions.Decided;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * Decides a portfolio file in chunks with constant memory: a reader thread cuts the rows into chunks and hands them
 * to the workers, at most {@code inFlight} chunks at a time; the caller's thread takes the finished chunks in input
 * order and gives them to the {@link Sink}. A chunk's rows become CSV text on its worker (OpenCSV), so the sink only
 * appends bytes. A row that cannot be read, is out of bounds (the reader checks every row), or whose decision throws
 * becomes a reject; the run goes on.
 */
public final class BatchRun {
    /** The line after the last row of the file. */
    static final long END = Long.MAX_VALUE;
    private static final Future<Chunk> NO_MORE = CompletableFuture.completedFuture(null);
    private final Decider decider;
    private final ExecutorService workers;
    private final int chunkSize;
    private final int inFlight;

    BatchRun(Decider decider, ExecutorService workers, int chunkSize, int inFlight) {
        this.decider = decider;
        this.workers = workers;
        this.chunkSize = chunkSize;
        this.inFlight = inFlight;
    }

    /** Takes finished chunks in input order. */
    @FunctionalInterface
    interface Sink {
        void accept(Chunk chunk) throws IOException;
    }

    /**
     * A finished chunk: its rows as CSV bytes, its counts, the input line of the first row after it ({@link #END}
     * after the last) and how many input bytes had been read when it was cut.
     */
    record Chunk(byte[] decisions, byte[] rejects, BatchCounts counts, long nextLine, long inputBytes) {
    }

    /** Decides every row of {@code reader}, whose line numbers are {@code lineOffset} lines short of the file's. */
    void run(PortfolioCsv.Reader reader, long lineOffset, LongSupplier inputBytes, Sink sink)
            throws IOException, InterruptedException {
        BlockingQueue<Future<Chunk>> queue = new ArrayBlockingQueue<>(inFlight);
        Thread cutter = Thread.ofPlatform().name("batch-reader").daemon().start(
                () -> cut(reader.iterator(), lineOffset, inputBytes, queue));
        try {
            for (Future<Chunk> next = queue.take(); next != NO_MORE; next = queue.take()) {
                sink.accept(next.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            cutter.interrupt();
            cutter.join();
        }
    }

    private void cut(Iterator<PortfolioRow> rows, long lineOffset, LongSupplier inputBytes, BlockingQueue<Future<Chunk>> queue) {
        try {
            List<PortfolioRow> chunk = new ArrayList<>(chunkSize);
            while (rows.hasNext()) {
                PortfolioRow row = rows.next();
                if (chunk.size() == chunkSize) {
                    queue.put(submit(chunk, lineOffset, row.line() + lineOffset, inputBytes.getAsLong()));
                    chunk = new ArrayList<>(chunkSize);
                }
                chunk.add(row);
            }
            if (!chunk.isEmpty()) {
                queue.put(submit(chunk, lineOffset, END, inputBytes.getAsLong()));
            }
            queue.put(NO_MORE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                queue.put(CompletableFuture.failedFuture(e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Future<Chunk> submit(List<PortfolioRow> rows, long lineOffset, long nextLine, long inputBytes) {
        return workers.submit(() -> decide(rows, lineOffset, nextLine, inputBytes));
    }

    private Chunk decide(List<PortfolioRow> rows, long lineOffset, long nextLine, long inputBytes) {
        StringWriter decisions = new StringWriter(rows.size() * 4096);
        StringWriter rejects = new StringWriter();
        BatchCounts counts = new BatchCounts();
        try (ICSVWriter decided = csv(decisions); ICSVWriter rejected = csv(rejects)) {
            for (PortfolioRow row : rows) {
                long line = row.line() + lineOffset;
                switch (row) {
                    case PortfolioRow.Rejected bad -> reject(rejected, counts, line, bad.reason(), bad.cells());
                    case PortfolioRow.Accepted good -> decide(good.request(), line, decided, rejected, counts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Chunk(bytes(decisions), bytes(rejects), counts, nextLine, inputBytes);
    }

    private void decide(DecisionRequest request, long line, ICSVWriter decided, ICSVWriter rejected, BatchCounts counts) {
        Decided decision;
        try {
            decision = decider.decide(request);
        } catch (Decider.Unavailable e) {
            throw e;
        } catch (RuntimeException | Error e) {
            String why = e instanceof Error ? "failed with " + e.getClass().getName() : e.getMessage();
            reject(rejected, counts, line, "decision failed: " + why, cells(request));
            return;
        }
        decided.writeNext(DecisionRow.cells(request, decision), false);
        counts.countDecided(DecisionRow.step(decision));
    }

    private static void reject(ICSVWriter rejected, BatchCounts counts, long line, String reason, List<String> cells) {
        rejected.writeNext(RejectRow.cells(line, reason, cells), false);
        counts.countRejected();
    }

    private static List<String> cells(DecisionRequest request) {
        return java.util.Arrays.asList(PortfolioCsv.cells(request));
    }

    /**
     * Both outputs are opened by people too (rejects above all, which carry the row's own text, such as names), so no
     * cell a spreadsheet would run as a formula is written as one ({@link FormulaSafeCsv}); numbers stay numbers.
     */
    static ICSVWriter csv(java.io.Writer out) {
        return FormulaSafeCsv.writer(out);
    }

    private static byte[] bytes(StringWriter text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
