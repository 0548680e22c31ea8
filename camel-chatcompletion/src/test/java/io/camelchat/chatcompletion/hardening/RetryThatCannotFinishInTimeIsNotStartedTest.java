package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 503 asking to retry after 1.5 s while requestTimeout=1000: the retry could not finish in time, so it is not
 * started; the call fails at once with the 503's HTTP failure after one request.
 */
@Timeout(30)
class RetryThatCannotFinishInTimeIsNotStartedTest extends HardeningTestSupport {

    private final HostileServer server = new HostileServer(c -> {
        byte[] body = "{\"error\":{\"message\":\"busy\",\"type\":\"server_error\",\"code\":null}}".getBytes();
        c.head(503, "Content-Type: application/json", "retry-after-ms: 1500", "Content-Length: " + body.length,
                "Connection: close");
        c.write(body);
    });

    RetryThatCannotFinishInTimeIsNotStartedTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void failsAtOnceWithTheServersAnswer() throws Exception {
        long start = System.nanoTime();
        Exchange result = template.request("chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl()
                                           + "&requestTimeout=1000&maxRetries=2",
                e -> e.getMessage().setBody("Hello?"));
        long elapsedMs = SizeCapChecks.millisSince(start);

        ChatCompletionException failure = failureOf(result);
        System.out.printf("503 retry-after-ms 1500, requestTimeout=1000: failed after %d ms, %d requests: %s%n",
                elapsedMs, server.requestCount(), failure.getMessage());
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.HTTP);
        assertThat(failure.getHttpStatus()).isEqualTo(503);
        assertThat(elapsedMs).isLessThan(600);
        Thread.sleep(1_800);
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
