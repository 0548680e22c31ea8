package io.camelchat.chatcompletion.call;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Moves work off HTTP I/O and timer threads. A task goes to the executor it is meant for; when that executor rejects
 * it (bounded and full, or shut down), the rejection handler runs on the component's fallback pool, or on a new thread
 * when even that is gone. Nothing ever runs on the calling thread, so no route code runs on an I/O or timer thread or
 * while the caller holds a lock.
 */
public final class Handoff {

    private final Supplier<Executor> fallback;

    /**
     * @param fallback the component's unbounded fallback pool (may throw RejectedExecutionException once stopped)
     */
    public Handoff(Supplier<Executor> fallback) {
        this.fallback = fallback;
    }

    /** Runs the task on the executor, or {@code onRejected} elsewhere (never here) if the executor refuses it. */
    public void execute(Executor executor, Runnable task, Consumer<RejectedExecutionException> onRejected) {
        Thread caller = Thread.currentThread();
        AtomicBoolean submitting = new AtomicBoolean(true);
        try {
            executor.execute(() -> {
                if (submitting.get() && Thread.currentThread() == caller) {
                    // a caller-runs policy: the executor is saturated and runs the task inside execute, right here
                    runAside(task);
                } else {
                    task.run();
                }
            });
        } catch (RejectedExecutionException rejected) {
            runAside(() -> onRejected.accept(rejected));
        } finally {
            submitting.set(false);
        }
    }

    /** Runs the task on the fallback pool, or on a new thread once the pool is gone. */
    public void runAside(Runnable task) {
        try {
            fallback.get().execute(task);
        } catch (RuntimeException stopped) {
            Thread thread = new Thread(task, "ChatCompletionFallback");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
