package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.Sse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Valid small chunks forever, never a finish nor {@code [DONE]}, in aggregate mode with maxStreamContentSize=100000:
 * a non-retryable PROTOCOL failure naming maxStreamContentSize, connection closed by the client, one request, and the
 * next call on the same endpoint succeeds.
 */
@Timeout(60)
class EndlessStreamWithoutDoneTest extends HardeningTestSupport {

    private final HostileServer server = new HostileServer(c -> {
        if (c.requestBody().contains("good")) {
            c.complete(200, "application/json", Bodies.openAi("fine"));
            return;
        }
        c.chunkedHead(200, "text/event-stream");
        c.chunk(Sse.role());
        c.endless(HostileBodies.utf8(Sse.delta("all work and no play ")), true);
    });

    EndlessStreamWithoutDoneTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void capFailsTheCallAndTheEndpointStillWorks() throws Exception {
        String uri = "chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl()
                     + "&stream=true&streamingMode=aggregate&maxStreamContentSize=100000&requestTimeout=20000";
        SizeCapChecks.capFailsTheCallAndTheEndpointStillWorks(template, uri, "maxStreamContentSize", server);
    }
}
