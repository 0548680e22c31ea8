package io.camelchat.chatcompletion.observe;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import io.micrometer.core.instrument.Counter;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A call that succeeds on its third attempt counts two retries by reason and one successful operation. */
class RetriedCallCountsRetriesByReasonTest extends MetricsTestSupport {

    @Override
    protected int maxRetries() {
        return 2;
    }

    @Test
    void countsEachRetryByItsReason() {
        server.enqueue(ScriptedResponse.json(503, "{\"error\":{\"message\":\"busy\",\"type\":\"server_error\"}}"));
        server.enqueue(ScriptedResponse.ofRaw(new byte[0]).thenReset());
        server.enqueue(ScriptedResponse.json(200, Bodies.openAi("Hi")));

        Exchange exchange = ask("");

        assertThat(exchange.getException()).isNull();
        Counter http = meters.find("chatcompletion.client.retries")
                .tags(callTags().and("chatcompletion.retry.reason", "HTTP")).counter();
        Counter transport = meters.find("chatcompletion.client.retries")
                .tags(callTags().and("chatcompletion.retry.reason", "TRANSPORT")).counter();
        assertThat(http.count()).isEqualTo(1);
        assertThat(transport.count()).isEqualTo(1);
        assertThat(summary("gen_ai.client.operation.duration", callTags()
                .and("gen_ai.response.model", RESPONSE_MODEL).and("error.type", "")).count()).isEqualTo(1);
        assertThat(meters.find("chatcompletion.client.slot.wait").tags(callTags()).timer().count())
                .as("one slot per attempt").isEqualTo(3);
        assertThat(meters.find("chatcompletion.client.failures").counter()).isNull();
    }
}
