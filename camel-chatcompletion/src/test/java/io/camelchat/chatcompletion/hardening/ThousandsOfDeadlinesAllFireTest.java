package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 3,000 calls pending at once (one in flight to a server that never answers, the rest queued behind
 * maxConcurrentRequests=1), each with requestTimeout=1000: every one fails with TIMEOUT in about a second, exactly
 * once. Camel's default scheduled pool holds at most 1,000 tasks and rejects the rest, which would have left calls
 * past the thousandth without a deadline; the component's timer has no such cap.
 */
@Timeout(60)
class ThousandsOfDeadlinesAllFireTest extends HardeningTestSupport {

    private static final int CALLS = 3_000;

    private final HostileServer server = new HostileServer(HostileServer.Connection::holdOpen);

    ThousandsOfDeadlinesAllFireTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void everyPendingCallTimesOut() throws Exception {
        AsyncProcessor producer = (AsyncProcessor) context.getEndpoint("chatcompletion:" + MODEL + "?baseUrl="
                + server.baseUrl() + "&requestTimeout=1000&maxConcurrentRequests=1").createAsyncProducer();
        ExactlyOnce run = new ExactlyOnce();
        long start = System.nanoTime();

        run.sendAll(context, producer, CALLS, "ask");

        assertThat(waitFor(run::allCompleted, 15_000)).as("every call completed").isTrue();
        long elapsedMs = SizeCapChecks.millisSince(start);
        System.out.printf("%d pending calls with requestTimeout=1000: all completed after %d ms%n", CALLS, elapsedMs);
        run.assertEachCompletedOnce();
        for (Exchange exchange : run.exchanges) {
            ChatCompletionException failure = failureOf(exchange);
            assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TIMEOUT);
            assertThat(failure.getMessage()).contains("requestTimeout");
        }
    }
}
