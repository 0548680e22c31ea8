package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.support.Bodies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A 200 JSON answer whose body never ends (chunked, bytes forever) with maxResponseSize=1 MiB: the exchange fails with
 * a non-retryable PROTOCOL failure naming maxResponseSize, the client closes the connection, the server sees one
 * request, and the next call on the same endpoint succeeds (the I/O reactor survived).
 */
@Timeout(60)
class EndlessJsonBodyTest extends HardeningTestSupport {

    private final HostileServer server = new HostileServer(c -> {
        if (c.requestBody().contains("good")) {
            c.complete(200, "application/json", Bodies.openAi("fine"));
            return;
        }
        c.chunkedHead(200, "application/json");
        c.chunk(HostileBodies.openJsonAnswer());
        c.endless(HostileBodies.letters(16 * 1024), true);
    });

    EndlessJsonBodyTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void capFailsTheCallAndTheEndpointStillWorks() throws Exception {
        String uri = "chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl()
                     + "&maxResponseSize=1048576&requestTimeout=20000";
        SizeCapChecks.capFailsTheCallAndTheEndpointStillWorks(template, uri, "maxResponseSize", server);
    }
}
