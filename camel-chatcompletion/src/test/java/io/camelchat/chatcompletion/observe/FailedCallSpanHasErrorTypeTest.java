package io.camelchat.chatcompletion.observe;

import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed call ends its span with status ERROR, error.type (the error kind) and the HTTP status. */
class FailedCallSpanHasErrorTypeTest extends TracingTestSupport {

    @Test
    void theSpanOfAFailedCallCarriesTheErrorType() {
        server.enqueue(ScriptedResponse.json(401, "{\"error\":{\"message\":\"bad key\",\"type\":\"auth\"}}"));

        Exchange exchange = ask("");

        assertThat(exchange.getException()).isNotNull();
        SpanData span = clientSpan();
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("HTTP");
        assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(401L);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("gen_ai.response.model"))).isNull();
    }
}
