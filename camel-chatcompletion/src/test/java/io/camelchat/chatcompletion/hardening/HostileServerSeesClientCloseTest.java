package io.camelchat.chatcompletion.hardening;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test server itself: a plain socket client that reads part of an endless body, or nothing of a held-open
 * answer, and closes is counted as a close by the client; the server counting it is what the hardening tests rely on
 * to see that the component released a connection.
 */
@Timeout(30)
class HostileServerSeesClientCloseTest {

    private static final String REQUEST = "POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\nhi";

    @Test
    void closeDuringAnEndlessBodyIsCounted() throws Exception {
        try (HostileServer server = new HostileServer(c -> {
            c.chunkedHead(200, "application/json");
            c.endless(HostileBodies.letters(16 * 1024), true);
        })) {
            try (Socket client = connect(server)) {
                InputStream in = client.getInputStream();
                assertThat(in.readNBytes(256 * 1024)).hasSize(256 * 1024);
            }
            assertThat(HardeningTestSupport.waitFor(() -> server.closedByClient() == 1, 5_000)).isTrue();
            assertThat(server.requestBodies()).containsExactly("hi");
        }
    }

    @Test
    void closeOfAHeldConnectionIsCounted() throws Exception {
        try (HostileServer server = new HostileServer(c -> {
            c.chunkedHead(200, "text/event-stream");
            c.chunk("data: [DONE]\n\n");
            c.holdOpen();
        })) {
            try (Socket client = connect(server)) {
                client.getInputStream().readNBytes(20);
                Thread.sleep(300);
                assertThat(server.closedByClient()).as("still open").isZero();
                assertThat(server.openConnections()).isEqualTo(1);
            }
            assertThat(HardeningTestSupport.waitFor(() -> server.closedByClient() == 1, 5_000)).isTrue();
        }
    }

    private static Socket connect(HostileServer server) throws Exception {
        int port = Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1));
        Socket client = new Socket("127.0.0.1", port);
        OutputStream out = client.getOutputStream();
        out.write(REQUEST.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return client;
    }
}
