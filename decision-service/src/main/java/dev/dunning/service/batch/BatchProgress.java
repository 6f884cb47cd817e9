package dev.dunning.service.batch;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how far a run is: a progress bar (rows, rate, ETA) on a terminal, otherwise a line every few seconds. The
 * number of rows is estimated from the share of the input's bytes read so far.
 */
final class BatchProgress implements Progress {
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private final long inputSize;
    private final long rowsBefore;
    private final PrintStream log;
    private final ProgressBar bar;
    private final long started = System.nanoTime();
    private long logged = started;

    private BatchProgress(long inputSize, long rowsBefore, PrintStream log, boolean terminal) {
        this.inputSize = inputSize;
        this.rowsBefore = rowsBefore;
        this.log = log;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName("decide").setInitialMax(-1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" rows", 1).showSpeed()
                .setUpdateIntervalMillis(250).startsFrom(rowsBefore, Duration.ZERO).build() : null;
    }

    static BatchProgress of(long inputSize, long rowsBefore, PrintStream log) {
        var console = System.console();
        return new BatchProgress(inputSize, rowsBefore, log, console != null && console.isTerminal());
    }

    @Override
    public void update(BatchCounts counts, long inputBytes) {
        long rows = counts.read();
        long expected = expectedRows(rows, inputSize, inputBytes);
        if (bar != null) {
            bar.maxHint(expected);
            bar.stepTo(rows);
            bar.setExtraMessage(String.format("%,d decided, %,d rejected", counts.decided(), counts.rejected()));
            return;
        }
        long now = System.nanoTime();
        if (now - logged >= LOG_EVERY_NANOS) {
            logged = now;
            double rate = (rows - rowsBefore) / ((now - started) / 1e9);
            log.printf("decide: %,d of ~%,d rows (%d %%), %,d decided, %,d rejected, %,.0f rows/s, ETA %s%n", rows,
                    expected, expected == 0 ? 100 : rows * 100 / expected, counts.decided(), counts.rejected(), rate,
                    rate > 0 ? duration(Duration.ofSeconds(Math.round((expected - rows) / rate))) : "?");
        }
    }

    /** The rows a file of {@code inputSize} bytes likely holds, when {@code rows} were in its first {@code inputBytes}. */
    static long expectedRows(long rows, long inputSize, long inputBytes) {
        return inputBytes <= 0 ? rows : Math.max(rows, Math.round(rows * (double) inputSize / inputBytes));
    }

    static String duration(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
