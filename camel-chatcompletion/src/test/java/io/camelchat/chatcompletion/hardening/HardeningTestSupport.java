package io.camelchat.chatcompletion.hardening;

import java.util.function.BooleanSupplier;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Camel test whose chatcompletion component retries like the default configuration (maxRetries=2) with a short
 * backoff, so that "exactly one request" checks mean something.
 */
abstract class HardeningTestSupport extends ChatCompletionTestSupport {

    static final String MODEL = "gpt-4o-mini";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("chatcompletion", ChatCompletionComponent.class).getConfiguration()
                .setRetryInitialDelay(50);
        return context;
    }

    @Override
    protected int maxRetries() {
        return 2;
    }

    static ChatCompletionException failureOf(Exchange exchange) {
        assertThat(exchange.getException()).as("the exchange failed with a ChatCompletionException")
                .isInstanceOf(ChatCompletionException.class);
        return (ChatCompletionException) exchange.getException();
    }

    /** Waits up to timeoutMs for the condition; returns whether it became true. */
    static boolean waitFor(BooleanSupplier condition, long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    /** Prints the heap in use after a GC, for the closing numbers. */
    static void logHeap(String label) {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        System.out.printf("%s: heap used after GC %d MB (max %d MB)%n", label, usedMb,
                runtime.maxMemory() / (1024 * 1024));
    }
}
