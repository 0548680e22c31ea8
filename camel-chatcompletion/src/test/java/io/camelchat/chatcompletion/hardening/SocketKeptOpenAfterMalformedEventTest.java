package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.support.Sse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream that sends a malformed event and then keeps the socket open without ending the body: the exchange fails
 * (PROTOCOL) promptly and the client closes the connection.
 */
@Timeout(60)
class SocketKeptOpenAfterMalformedEventTest extends HardeningTestSupport {

    private final HostileServer server = new HostileServer(c -> {
        c.chunkedHead(200, "text/event-stream");
        c.chunk(Sse.role() + "data: {\"choices\":[{\"delta\":{\"content\":\"Hi\n\n");
        c.holdOpen();
    });

    SocketKeptOpenAfterMalformedEventTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void malformedEventReleasesTheConnection() throws Exception {
        long start = System.nanoTime();
        Exchange result = template.request("chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl()
                                           + "&stream=true&streamingMode=aggregate&maxRetries=0&requestTimeout=5000",
                e -> e.getMessage().setBody("Hi?"));
        long elapsedMs = SizeCapChecks.millisSince(start);

        assertThat(failureOf(result).getKind()).isEqualTo(ChatCompletionErrorKind.PROTOCOL);
        assertThat(elapsedMs).isLessThan(2_000);
        assertThat(waitFor(() -> server.closedByClient() == 1, 2_000)).as("the client closed the connection").isTrue();
    }
}
