package dev.dunning.rules.scenarios;

import dev.dunning.rules.compiler.CompilationResult;
import dev.dunning.rules.compiler.CompileProblem;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Where rule sets from outside are compiled and checked: a small fixed pool of workers with a bounded queue, never the
 * caller's thread. When every worker is busy and the queue is full, or a check waits in the queue longer than its
 * time budget, the caller gets {@link VerificationBusy} at once instead of waiting. A check that overruns its time
 * budget is abandoned (its worker interrupted; the scenarios it runs stop at their next rule firing) and the caller
 * gets {@link VerificationTimedOut}. Anything a check throws, an {@link Error} included, comes back as a compile
 * problem. Thread-safe; close it to stop the workers.
 */
public final class VerificationPool implements AutoCloseable {
    /** How long the caller waits past the budget for a check to notice it ran out of time by itself. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private final RuleSetVerifier verifier;
    private final RuleSetCompiler compiler;
    private final VerificationLimits limits;
    private final ThreadPoolExecutor workers;

    public VerificationPool(RuleSetVerifier verifier, RuleSetCompiler compiler) {
        this.verifier = verifier;
        this.compiler = compiler;
        this.limits = verifier.limits();
        this.workers = new ThreadPoolExecutor(limits.workers(), limits.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(limits.queue()), threads(Thread.currentThread().getContextClassLoader()));
    }

    /** Checks {@code source} (sizes, compile, tables, scenarios) within the limits, on a worker. */
    public RuleSetVerification verify(RuleSetSource source) {
        return run(source, true, () -> verifier.verify(source), failure -> new RuleSetVerification(source.hash(),
                source.version(), List.of(failure), ScenarioSummary.NOT_RUN));
    }

    /**
     * Compiles {@code source} for serving, on a worker, refusing it when its size is over the limits. Not bound by the
     * time budget: a stored version passed its check within it, and its size bounds its compile.
     */
    public CompilationResult compile(RuleSetSource source) {
        return run(source, false, () -> {
            List<CompileProblem> refused = verifier.sizeProblems(source);
            return refused.isEmpty() ? compiler.compile(source) : new CompilationResult(Optional.empty(), refused);
        }, failure -> new CompilationResult(Optional.empty(), List.of(failure)));
    }

    private <T> T run(RuleSetSource source, boolean timed, Callable<T> check, Function<CompileProblem, T> failed) {
        Task<T> task = new Task<>(() -> {
            try {
                return check.call();
            } catch (VerificationTimedOut e) {
                throw e;
            } catch (Exception | Error e) {
                return failed.apply(CompileProblem.error("", 0, 0, "The rule set could not be checked: "
                        + e.getClass().getName()));
            }
        });
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            throw busy();
        }
        return await(source, timed, task);
    }

    private <T> T await(RuleSetSource source, boolean timed, Task<T> task) {
        long budget = limits.timeBudget().toNanos();
        try {
            long startedAt = task.started.get(budget, TimeUnit.NANOSECONDS);
            return timed ? task.get(startedAt + budget + GRACE_NANOS - System.nanoTime(), TimeUnit.NANOSECONDS) : task.get();
        } catch (TimeoutException e) {
            task.cancel(true);
            if (task.started.isDone()) {
                throw new VerificationTimedOut(source.version(), source.hash(), limits.timeBudget(), "and did not finish");
            }
            workers.remove(task);
            throw busy();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new VerificationBusy("Interrupted while waiting for the rule set to be checked; nothing was checked");
        } catch (CancellationException e) {
            throw new VerificationBusy("The check was cancelled as the service stops; nothing was checked");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    /** A check that tells when a worker took it up (or when it ended without ever starting). */
    private static final class Task<T> extends FutureTask<T> {
        private final CompletableFuture<Long> started = new CompletableFuture<>();

        Task(Callable<T> check) {
            super(check);
        }

        @Override
        public void run() {
            started.complete(System.nanoTime());
            super.run();
        }

        @Override
        protected void done() {
            started.complete(System.nanoTime());
        }
    }

    /** Checks running now. */
    int running() {
        return workers.getActiveCount();
    }

    /** Checks waiting for a worker. */
    int waiting() {
        return workers.getQueue().size();
    }

    private VerificationBusy busy() {
        return new VerificationBusy("All " + limits.workers() + " workers that check rule sets are busy and "
                + limits.queue() + " checks are waiting; nothing was checked, try again shortly");
    }

    private static ThreadFactory threads(ClassLoader loader) {
        ThreadFactory platform = Thread.ofPlatform().name("rule-set-check-", 1).daemon().factory();
        return task -> {
            Thread thread = platform.newThread(task);
            thread.setContextClassLoader(loader);
            return thread;
        };
    }

    /** Stops the workers: running checks are interrupted, waiting ones cancelled. */
    @Override
    public void close() {
        workers.shutdownNow().forEach(waiting -> ((Future<?>) waiting).cancel(false));
    }
}
