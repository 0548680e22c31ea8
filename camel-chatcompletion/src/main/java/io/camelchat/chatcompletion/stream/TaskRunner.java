package io.camelchat.chatcompletion.stream;

import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Runs a task on another thread, never on the caller's; when that is refused, {@code onRejected} runs instead, also
 * on another thread.
 */
@FunctionalInterface
public interface TaskRunner {

    void execute(Runnable task, Consumer<RejectedExecutionException> onRejected);
}
