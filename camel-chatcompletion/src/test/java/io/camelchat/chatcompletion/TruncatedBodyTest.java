package io.camelchat.chatcompletion;

import java.nio.charset.StandardCharsets;

import io.camelchat.chatcompletion.testsupport.ReplayServer;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body cut before its Content-Length is a retryable transport failure that still reports the status received.
 */
class TruncatedBodyTest extends CamelTestSupport {

    private final ReplayServer server = new ReplayServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void bodyShorterThanContentLengthFailsWithTheStatusReceived() {
        String partial = "{\"success\":true,\"code\":\"200\",\"data\":{\"id\":\"x\",\"choices\":[";
        String raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n"
                     + "Connection: close\r\n\r\n" + partial;
        server.enqueue(ScriptedResponse.ofRaw(raw.getBytes(StandardCharsets.UTF_8)));

        Exchange result = template.request("chatcompletion:m?baseUrl=" + server.baseUrl(),
                e -> e.getMessage().setBody("Hello"));

        assertThat(result.getException()).isInstanceOf(ChatCompletionException.class);
        ChatCompletionException failure = (ChatCompletionException) result.getException();
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TRANSPORT);
        assertThat(failure.getHttpStatus()).isEqualTo(200);
        assertThat(failure.isRetryable()).isTrue();
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
