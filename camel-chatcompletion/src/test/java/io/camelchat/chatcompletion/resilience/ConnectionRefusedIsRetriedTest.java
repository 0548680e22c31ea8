package io.camelchat.chatcompletion.resilience;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Nobody listens: the refused connection is retried maxRetries=2 times, then fails TRANSPORT after 3 attempts. */
class ConnectionRefusedIsRetriedTest extends ResilienceTestSupport {

    @Test
    void aRefusedConnectionFailsTransportAfterThreeAttempts() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        Exchange result = template.request("chatcompletion:" + MODEL + "?baseUrl=http://127.0.0.1:" + port
                                           + "&apiKey=" + API_KEY + "&retryInitialDelay=50",
                e -> e.getMessage().setBody("Hello!"));

        ChatCompletionException failure = failureOf(result);
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TRANSPORT);
        assertThat(failure.getHttpStatus()).isZero();
        assertThat(failure.isRetryable()).isTrue();
        assertThat(failure.getProviderMessage()).startsWith("connection refused or failed");
        assertThat(attempts(result)).isEqualTo(3);
    }
}
