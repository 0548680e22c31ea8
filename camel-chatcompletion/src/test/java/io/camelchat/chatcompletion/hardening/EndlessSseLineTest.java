package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.support.Bodies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A stream whose first line never ends ({@code data: aaaa...} without a newline) with maxEventSize=1 MiB: a
 * non-retryable PROTOCOL failure naming maxEventSize, connection closed by the client, one request, and the next call
 * on the same endpoint succeeds.
 */
@Timeout(60)
class EndlessSseLineTest extends HardeningTestSupport {

    private final HostileServer server = new HostileServer(c -> {
        if (c.requestBody().contains("good")) {
            c.complete(200, "application/json", Bodies.openAi("fine"));
            return;
        }
        c.chunkedHead(200, "text/event-stream");
        c.chunk("data: ");
        c.endless(HostileBodies.letters(16 * 1024), true);
    });

    EndlessSseLineTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void capFailsTheCallAndTheEndpointStillWorks() throws Exception {
        String uri = "chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl()
                     + "&stream=true&streamingMode=aggregate&maxEventSize=1048576&requestTimeout=20000";
        SizeCapChecks.capFailsTheCallAndTheEndpointStillWorks(template, uri, "maxEventSize", server);
    }
}
