package io.camelchat.chatcompletion;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Nobody listens on the port: the exchange completes promptly with a retryable transport failure. */
class ConnectionRefusedTest extends ChatCallTestSupport {

    @Test
    void aRefusedConnectionIsARetryableTransportFailure() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String uri = "chatcompletion:" + MODEL + "?baseUrl=http://127.0.0.1:" + port + "&apiKey=" + API_KEY;

        Exchange result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> template.request(uri, e -> e.getMessage().setBody("Hello!")));

        ChatCompletionException failure = failureOf(result);
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TRANSPORT);
        assertThat(failure.getHttpStatus()).isZero();
        assertThat(failure.isRetryable()).isTrue();
        assertThat(failure.getProviderMessage()).startsWith("connection refused or failed");
        assertThat(failure.getErrorCode()).isNull();
        assertThat(failure.getResponseBody()).isNull();
        assertThat(failure.getMessage()).doesNotContain(API_KEY);
    }
}
