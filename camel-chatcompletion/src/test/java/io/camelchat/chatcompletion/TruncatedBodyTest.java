package io.camelchat.chatcompletion;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Fewer body bytes than Content-Length announced: a retryable transport failure, not a parsed answer. */
class TruncatedBodyTest extends ChatCallTestSupport {

    @Test
    void aBodyShorterThanItsContentLengthIsATransportFailure() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> answerShortAndClose(server));

            Exchange result = template.request(
                    "chatcompletion:" + MODEL + "?baseUrl=http://127.0.0.1:" + server.getLocalPort(),
                    e -> e.getMessage().setBody("Hello!"));

            served.join();
            ChatCompletionException failure = failureOf(result);
            assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TRANSPORT);
            assertThat(failure.getHttpStatus()).isEqualTo(200);
            assertThat(failure.isRetryable()).isTrue();
            assertThat(failure.getProviderMessage())
                    .startsWith("connection closed before the response body was complete")
                    .contains("expected: 500; received: 9");
        }
    }

    private static void answerShortAndClose(ServerSocket server) {
        try (Socket socket = server.accept()) {
            readRequest(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n"
                       + "{\"id\":\"x\"").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the whole request (head and body), so that closing cannot cut the client's upload. */
    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.indexOf("\r\n\r\n") < 0) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.append((char) b);
        }
        Matcher length = Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(head);
        assertThat(length.find()).as("request has a Content-Length").isTrue();
        in.readNBytes(Integer.parseInt(length.group(1)));
    }
}
