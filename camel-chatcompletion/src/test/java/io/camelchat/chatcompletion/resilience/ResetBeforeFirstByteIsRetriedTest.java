package io.camelchat.chatcompletion.resilience;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The server resets the connection before sending a byte: the request is sent again and the retry succeeds. */
class ResetBeforeFirstByteIsRetriedTest extends ResilienceTestSupport {

    @Test
    void aResetBeforeTheFirstByteIsRetried() {
        server.enqueue(resetBeforeFirstByte()).enqueue(ok("after reset"));

        Exchange result = ask("");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("after reset");
        assertThat(attempts(result)).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void aResetBeforeTheFirstByteOfAStreamIsRetried() {
        server.enqueue(resetBeforeFirstByte()).enqueue(ok("after reset"));

        Exchange result = ask("&stream=true&streamingMode=aggregate");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("after reset");
        assertThat(attempts(result)).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(2);
    }
}
