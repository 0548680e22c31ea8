package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.support.Sse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream that sends an inline error event and then keeps the socket open without ending the body: the exchange
 * fails (INLINE) promptly and the client closes the connection.
 */
@Timeout(60)
class SocketKeptOpenAfterInlineErrorTest extends HardeningTestSupport {

    private final HostileServer server = new HostileServer(c -> {
        c.chunkedHead(200, "text/event-stream");
        c.chunk(Sse.role() + Sse.error("model overloaded"));
        c.holdOpen();
    });

    SocketKeptOpenAfterInlineErrorTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void inlineErrorReleasesTheConnection() throws Exception {
        long start = System.nanoTime();
        Exchange result = template.request("chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl()
                                           + "&stream=true&streamingMode=aggregate&maxRetries=0&requestTimeout=5000",
                e -> e.getMessage().setBody("Hi?"));
        long elapsedMs = SizeCapChecks.millisSince(start);

        assertThat(failureOf(result).getKind()).isEqualTo(ChatCompletionErrorKind.INLINE);
        assertThat(elapsedMs).isLessThan(2_000);
        assertThat(waitFor(() -> server.closedByClient() == 1, 2_000)).as("the client closed the connection").isTrue();
    }
}
