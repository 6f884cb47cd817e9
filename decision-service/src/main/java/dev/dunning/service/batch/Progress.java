package dev.dunning.service.batch;

/** Told after each chunk of a file batch is written: the counts so far and how many input bytes were read. */
interface Progress extends AutoCloseable {

    void update(BatchCounts counts, long inputBytes);

    @Override
    default void close() {
    }

    /** Starts showing a run over an input of {@code inputSize} bytes, {@code rowsBefore} rows of which an earlier run did. */
    @FunctionalInterface
    interface Start {
        Progress start(long inputSize, long rowsBefore);
    }
}
