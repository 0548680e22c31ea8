package io.camelchat.chatcompletion.resilience;

import java.nio.charset.StandardCharsets;

import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A body shorter than its Content-Length is a transport failure before any chunk: it is retried. */
class TruncatedBodyIsRetriedTest extends ResilienceTestSupport {

    @Test
    void aTruncatedBodyIsRetried() {
        server.enqueue(ScriptedResponse.ofRaw(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                               + "Content-Length: 500\r\nConnection: close\r\n\r\n{\"id\":\"x\"")
                        .getBytes(StandardCharsets.US_ASCII)))
                .enqueue(ok("complete"));

        Exchange result = ask("");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("complete");
        assertThat(attempts(result)).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(2);
    }
}
