package io.camelchat.chatcompletion.hardening;

import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks every size-cap test makes once its hostile call has failed. */
final class SizeCapChecks {

    private SizeCapChecks() {
    }

    /**
     * PROTOCOL, not retryable, naming the option; within {@code maxMillis}; exactly one request though the
     * component retries twice; the client closed the connection.
     */
    static void failedOnCap(Exchange result, long elapsedMs, long maxMillis, String option, HostileServer server)
            throws InterruptedException {
        ChatCompletionException failure = HardeningTestSupport.failureOf(result);
        System.out.printf("%s: failed after %d ms: %s%n", option, elapsedMs, failure.getMessage());
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.PROTOCOL);
        assertThat(failure.isRetryable()).isFalse();
        assertThat(failure.getMessage()).contains(option);
        assertThat(elapsedMs).as("failed promptly").isLessThan(maxMillis);
        assertThat(HardeningTestSupport.waitFor(() -> server.closedByClient() == 1, 5_000))
                .as("the client closed the connection").isTrue();
        Thread.sleep(300); // a retry would come now
        assertThat(server.requestCount()).as("requests seen by the server").isEqualTo(1);
    }

    /**
     * Sends a call the hostile server answers without end: it fails on {@code option}'s cap (see {@link #failedOnCap});
     * then a good call on the same endpoint succeeds, and the heap after GC is printed.
     */
    static void capFailsTheCallAndTheEndpointStillWorks(ProducerTemplate template, String uri, String option,
                                                        HostileServer server) throws InterruptedException {
        long start = System.nanoTime();
        Exchange result = template.request(uri, e -> e.getMessage().setBody("endless please"));
        failedOnCap(result, millisSince(start), 10_000, option, server);

        Exchange next = template.request(uri, e -> e.getMessage().setBody("good answer please"));
        assertThat(next.getException()).isNull();
        assertThat(next.getMessage().getBody()).isEqualTo("fine");
        HardeningTestSupport.logHeap("after the call that passed " + option);
    }

    static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
