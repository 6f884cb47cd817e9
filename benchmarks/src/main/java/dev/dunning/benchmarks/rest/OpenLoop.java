package dev.dunning.benchmarks.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Constant-rate traffic as wrk2 sends it: a fixed number of connections, each sending its share of the requests on a
 * fixed schedule (request {@code i} is due at {@code start + i / rate}, connection {@code k} sends requests
 * {@code k, k + C, k + 2C, ...}). A request's latency is counted from the moment it was due, not from the moment it
 * was sent, so a slow answer also counts in the requests it held up (no coordinated omission). Requests still unsent
 * when the run ends count with the time they waited, as a lower bound of their latency.
 */
final class OpenLoop {
    /** One request; answers whether it succeeded. Called from several threads at once. */
    interface Call {
        boolean send() throws InterruptedException;
    }

    /** Time in nanoseconds, and waiting until a moment of it. */
    interface Clock {
        long now();

        void sleepUntil(long nanos) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long now() {
                return System.nanoTime();
            }

            @Override
            public void sleepUntil(long nanos) {
                for (long left = nanos - now(); left > 0; left = nanos - now()) {
                    LockSupport.parkNanos(left);
                }
            }
        };
    }

    /** Latencies in nanoseconds of the requests sent and those left unsent, and the counts. */
    record Result(Histogram latencies, long sent, long failed, long unsent, double seconds) {
        double rate() {
            return sent / seconds;
        }
    }

    private OpenLoop() {
    }

    static Result run(double perSecond, double seconds, int connections, Call call, Clock clock)
            throws InterruptedException {
        long interval = Math.round(1e9 / perSecond);
        long requests = Math.round(perSecond * seconds);
        long start = clock.now();
        long end = start + Math.round(seconds * 1e9);
        Histogram latencies = new ConcurrentHistogram(3);
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < connections; k++) {
            int first = k;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    for (long i = first; i < requests; i += connections) {
                        long due = start + i * interval;
                        clock.sleepUntil(due);
                        if (clock.now() >= end) {
                            latencies.recordValue(clock.now() - due);
                            continue;
                        }
                        sent.incrementAndGet();
                        if (call.send()) {
                            latencies.recordValue(clock.now() - due);
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(latencies, sent.get(), failed.get(), requests - sent.get(), (clock.now() - start) / 1e9);
    }
}
