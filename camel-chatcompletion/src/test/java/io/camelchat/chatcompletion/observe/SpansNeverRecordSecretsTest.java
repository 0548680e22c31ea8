package io.camelchat.chatcompletion.observe;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With traceContent=true the span records the request messages and the answer as events, and still never the API key
 * nor an extraHeader value, in any attribute or event of any span.
 */
class SpansNeverRecordSecretsTest extends TracingTestSupport {

    private static final String HEADER_SECRET = "hdr-secret-5151";

    @Test
    void contentIsRecordedOnRequestButNeverTheKeyOrExtraHeaders() {
        server.enqueue(ScriptedResponse.json(200, Bodies.openAi("Hi there")));

        Exchange exchange = ask("&traceContent=true&extraHeader.X-Tenant-Token=" + HEADER_SECRET);

        assertThat(exchange.getException()).isNull();
        SpanData span = clientSpan();
        EventData prompt = span.getEvents().stream().filter(e -> e.getName().equals("gen_ai.content.prompt"))
                .findFirst().orElseThrow();
        assertThat(prompt.getAttributes().get(AttributeKey.stringKey("gen_ai.input.messages")))
                .contains("Hello!").contains("\"role\":\"user\"");
        EventData completion = span.getEvents().stream()
                .filter(e -> e.getName().equals("gen_ai.content.completion")).findFirst().orElseThrow();
        assertThat(completion.getAttributes().get(AttributeKey.stringKey("gen_ai.output.messages")))
                .isEqualTo("Hi there");
        for (SpanData any : spans.getFinishedSpanItems()) {
            String dump = any.getName() + any.getAttributes() + any.getEvents() + any.getStatus();
            assertThat(dump).doesNotContain(API_KEY).doesNotContain(HEADER_SECRET);
        }
        assertThat(server.requests().get(0).headers().get("x-tenant-token")).as("the header was sent")
                .isEqualTo(HEADER_SECRET);
    }
}
