package io.camelchat.chatcompletion.observe;

import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call that fails for good records its duration with error.type (the error kind) and counts one failure of that
 * kind; it records no token usage.
 */
class FailedCallRecordsErrorTypeTest extends MetricsTestSupport {

    @Test
    void recordsTheDurationWithErrorTypeAndCountsTheFailure() {
        server.enqueue(ScriptedResponse.json(400,
                "{\"error\":{\"message\":\"bad\",\"type\":\"invalid_request_error\",\"code\":\"bad\"}}"));

        Exchange exchange = ask("");

        assertThat(exchange.getException()).isNotNull();
        assertThat(summary("gen_ai.client.operation.duration", callTags().and("gen_ai.response.model", "")
                .and("error.type", "HTTP")).count()).isEqualTo(1);
        assertThat(meters.find("chatcompletion.client.failures").tags(callTags().and("error.type", "HTTP"))
                .counter().count()).isEqualTo(1);
        assertThat(meters.find("gen_ai.client.token.usage").summary()).isNull();
        assertThat(meters.find("gen_ai.client.operation.duration").tag("error.type", "").summary()).isNull();
    }

    @Test
    void aTimeoutIsItsOwnErrorType() {
        server.enqueue(ScriptedResponse.ofRaw(new byte[0]).thenStall(0));

        Exchange exchange = ask("&requestTimeout=200");

        assertThat(exchange.getException()).isNotNull();
        assertThat(meters.find("chatcompletion.client.failures").tags(callTags().and("error.type", "TIMEOUT"))
                .counter().count()).isEqualTo(1);
    }
}
