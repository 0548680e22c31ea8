package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.support.Sse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complete stream ending with {@code [DONE]}, chunked, but the terminating zero chunk never comes and the socket
 * stays open: each exchange succeeds promptly, the client closes the connection within 2 s, and with
 * maxConcurrentRequests=2 six sequential calls all succeed (no pooled connection is held forever).
 */
@Timeout(60)
class SocketKeptOpenAfterDoneTest extends HardeningTestSupport {

    private static final int CALLS = 6;

    private final HostileServer server = new HostileServer(c -> {
        c.chunkedHead(200, "text/event-stream");
        c.chunk(Sse.join(Sse.answer("Hi", " there")));
        c.holdOpen();
    });

    SocketKeptOpenAfterDoneTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void doneReleasesTheConnection() throws Exception {
        String uri = "chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl()
                     + "&stream=true&streamingMode=aggregate&maxConcurrentRequests=2&requestTimeout=5000";
        for (int i = 1; i <= CALLS; i++) {
            long start = System.nanoTime();
            Exchange result = template.request(uri, e -> e.getMessage().setBody("Hi?"));
            long elapsedMs = SizeCapChecks.millisSince(start);
            int call = i;
            System.out.printf("call %d: %d ms, %s%n", call, elapsedMs, result.getException());
            assertThat(result.getException()).as("call %d", call).isNull();
            assertThat(result.getMessage().getBody()).isEqualTo("Hi there");
            assertThat(elapsedMs).as("call %d answered promptly", call).isLessThan(2_000);
            assertThat(waitFor(() -> server.closedByClient() == call, 2_000))
                    .as("the client closed connection %d within 2 s", call).isTrue();
        }
        assertThat(server.requestCount()).isEqualTo(CALLS);
    }
}
