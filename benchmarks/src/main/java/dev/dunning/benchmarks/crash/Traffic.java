package dev.dunning.benchmarks.crash;

import dev.dunning.benchmarks.crash.CrashClient.Reply;
import dev.dunning.benchmarks.crash.Ledger.Answered;
import dev.dunning.benchmarks.crash.Ledger.Unanswered;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Workers that send new decision requests one after the other, each with the next request number, until stopped,
 * and note in the ledger whether each was answered.
 */
final class Traffic {
    private final CrashClient client;
    private final Requests requests;
    private final Ledger ledger;
    private final AtomicLong numbers;
    private final int cycle;
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean stopped;

    /** {@code numbers} is shared by all cycles, so that no request id is used twice in a run. */
    Traffic(CrashClient client, Requests requests, Ledger ledger, AtomicLong numbers, int cycle) {
        this.client = client;
        this.requests = requests;
        this.ledger = ledger;
        this.numbers = numbers;
        this.cycle = cycle;
    }

    void start(int count) {
        for (int i = 0; i < count; i++) {
            workers.add(Thread.ofPlatform().name("decisions-" + cycle + "-" + i).start(this::send));
        }
    }

    /** Stops the workers after their current request and waits for them (each call times out, so this ends). */
    void stop() throws InterruptedException {
        stopped = true;
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void send() {
        while (!stopped) {
            long n = numbers.incrementAndGet();
            String requestId = requests.requestId(n);
            try {
                Reply reply = client.decide(requests.body(n));
                if (reply.status() == 201 || reply.status() == 200) {
                    ledger.answered(new Answered(cycle, n, requestId, reply.decisionId(), reply.status(), reply.replayed(),
                            reply.contentHash(), System.nanoTime()));
                } else {
                    ledger.unanswered(new Unanswered(cycle, n, requestId, "HTTP " + reply.status()));
                }
            } catch (InterruptedException e) {
                ledger.unanswered(new Unanswered(cycle, n, requestId, "interrupted"));
                return;
            } catch (Exception e) {
                ledger.unanswered(new Unanswered(cycle, n, requestId, describe(e)));
            }
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        String reason = e.getClass().getSimpleName() + message;
        return reason.length() > 100 ? reason.substring(0, 100) : reason;
    }
}
