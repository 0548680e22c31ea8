package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * requestTimeout=1000 with maxRetries=2 against a server that accepts and never answers: the call fails with TIMEOUT
 * within about 1.5 s after one request, since requestTimeout is the deadline of the whole call, retries included.
 */
@Timeout(30)
class RequestTimeoutIsWholeCallDeadlineTest extends HardeningTestSupport {

    private final HostileServer server = new HostileServer(HostileServer.Connection::holdOpen);

    RequestTimeoutIsWholeCallDeadlineTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void retriesDoNotExtendTheDeadline() throws Exception {
        long start = System.nanoTime();
        Exchange result = template.request("chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl()
                                           + "&requestTimeout=1000&maxRetries=2&retryInitialDelay=100",
                e -> e.getMessage().setBody("Hello?"));
        long elapsedMs = SizeCapChecks.millisSince(start);

        ChatCompletionException failure = failureOf(result);
        System.out.printf("silent server, requestTimeout=1000, maxRetries=2: failed after %d ms, %d requests: %s%n",
                elapsedMs, server.requestCount(), failure.getMessage());
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TIMEOUT);
        assertThat(failure.getMessage()).contains("requestTimeout");
        assertThat(elapsedMs).isBetween(900L, 1_500L);
        Thread.sleep(300);
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
