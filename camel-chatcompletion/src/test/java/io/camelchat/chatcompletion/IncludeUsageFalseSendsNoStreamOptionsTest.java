package io.camelchat.chatcompletion;

import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.RecordedRequest;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * includeUsage=false: a streaming request carries stream:true but no stream_options.
 */
class IncludeUsageFalseSendsNoStreamOptionsTest extends ReplayServerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&streamingMode=aggregate&includeUsage=false"
                            + "&baseUrl=" + server.baseUrl());
            }
        };
    }

    @Test
    void requestHasNoStreamOptions() throws Exception {
        server.enqueue(ScriptedResponse.sse(Sse.role(), Sse.delta("ok"), Sse.finish("stop"), Sse.done()));

        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Hi"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("ok");
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.bodyAsString()).contains("\"stream\":true").doesNotContain("stream_options");
        assertThat(request.header("Accept")).isEqualTo("text/event-stream");
    }
}
