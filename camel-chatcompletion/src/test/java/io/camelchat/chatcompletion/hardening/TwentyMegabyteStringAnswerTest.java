package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.support.Bodies;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A legitimate 200 JSON answer whose content is a 20,000,001-character string (over Jackson's default 20M string
 * limit, under the default maxResponseSize): it succeeds with default options, in one request.
 */
@Timeout(60)
class TwentyMegabyteStringAnswerTest extends HardeningTestSupport {

    private static final int LENGTH = 20_000_001;

    private final HostileServer server = new HostileServer(
            c -> c.complete(200, "application/json", Bodies.openAi("x".repeat(LENGTH))));

    TwentyMegabyteStringAnswerTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void largeStringIsAnAnswerNotMalformedJson() {
        Exchange result = template.request("chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl(),
                e -> e.getMessage().setBody("Write a lot"));

        assertThat(result.getException()).as("no failure").isNull();
        assertThat(result.getMessage().getBody(String.class)).hasSize(LENGTH);
        assertThat(server.requestCount()).isEqualTo(1);
        logHeap("after the 20M string answer");
    }
}
