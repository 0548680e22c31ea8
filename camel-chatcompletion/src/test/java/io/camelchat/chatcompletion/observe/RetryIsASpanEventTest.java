package io.camelchat.chatcompletion.observe;

import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A retried call stays one span; each retry is a chatcompletion.retry event with the attempt, the error type, the HTTP
 * status and the delay, and every attempt sends the same traceparent.
 */
class RetryIsASpanEventTest extends TracingTestSupport {

    @Override
    protected int maxRetries() {
        return 2;
    }

    @Test
    void eachRetryIsAnEventOnTheOneCallSpan() throws Exception {
        server.enqueue(ScriptedResponse.json(429, "{\"error\":{\"message\":\"slow down\",\"type\":\"requests\"}}")
                .withHeader("retry-after-ms", "30"));
        server.enqueue(ScriptedResponse.json(200, Bodies.openAi("Hi")));

        Exchange exchange = ask("");

        assertThat(exchange.getException()).isNull();
        SpanData span = clientSpan();
        assertThat(span.getAttributes().get(AttributeKey.longKey("chatcompletion.attempts"))).isEqualTo(2L);
        assertThat(span.getEvents()).hasSize(1);
        EventData retry = span.getEvents().get(0);
        assertThat(retry.getName()).isEqualTo("chatcompletion.retry");
        assertThat(retry.getAttributes().get(AttributeKey.longKey("chatcompletion.attempt"))).isEqualTo(1L);
        assertThat(retry.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("HTTP");
        assertThat(retry.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(429L);
        assertThat(retry.getAttributes().get(AttributeKey.longKey("chatcompletion.retry.delay_ms"))).isEqualTo(30L);
        String expected = "00-" + span.getTraceId() + "-" + span.getSpanId() + "-01";
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).headers().get("traceparent")).isEqualTo(expected);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).headers().get("traceparent")).isEqualTo(expected);
    }
}
