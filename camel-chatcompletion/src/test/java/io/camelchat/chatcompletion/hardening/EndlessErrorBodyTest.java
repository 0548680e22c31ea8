package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 500 whose body never ends: the exchange fails promptly as kind HTTP, status 500, with a response body of at most
 * 8 KiB, and the client closes the connection.
 */
@Timeout(60)
class EndlessErrorBodyTest extends HardeningTestSupport {

    private final HostileServer server = new HostileServer(c -> {
        c.chunkedHead(500, "application/json");
        c.chunk("{\"error\":{\"message\":\"");
        c.endless(HostileBodies.letters(16 * 1024), true);
    });

    EndlessErrorBodyTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void errorBodyIsBounded() throws Exception {
        long start = System.nanoTime();
        Exchange result = template.request("chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl()
                                           + "&maxRetries=0&requestTimeout=10000",
                e -> e.getMessage().setBody("fail please"));
        long elapsedMs = SizeCapChecks.millisSince(start);

        ChatCompletionException failure = failureOf(result);
        System.out.printf("endless 500 body: failed after %d ms, kept %d chars of the body: %.200s%n", elapsedMs,
                failure.getResponseBody() == null ? -1 : failure.getResponseBody().length(), failure.getMessage());
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.HTTP);
        assertThat(failure.getHttpStatus()).isEqualTo(500);
        assertThat(failure.getResponseBody()).isNotNull();
        assertThat(failure.getResponseBody().length()).isLessThanOrEqualTo(8 * 1024);
        assertThat(elapsedMs).as("failed promptly").isLessThan(5_000);
        assertThat(waitFor(() -> server.closedByClient() == 1, 5_000)).as("the client closed the connection").isTrue();
        assertThat(server.requestCount()).isEqualTo(1);
        logHeap("after the endless 500 body");
    }
}
