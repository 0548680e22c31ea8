package io.camelchat.chatcompletion;

import java.util.ArrayList;
import java.util.List;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stream timeouts: keep-alive comments every 100 ms and a data event every 400 ms stay within firstTokenTimeout and
 * idleTimeout of 2 s; the call succeeds with the whole text.
 */
class KeepAliveCommentsWithDataInTimeSucceedsTest extends ReplayServerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&streamingMode=aggregate&firstTokenTimeout=2000"
                            + "&idleTimeout=2000&requestTimeout=30000&baseUrl=" + server.baseUrl())
                        .to("mock:done");
            }
        };
    }

    @Test
    void commentsBetweenTimelyDataDoNotFailTheStream() throws Exception {
        List<String> pieces = new ArrayList<>();
        pieces.add(Sse.keepAlive());
        for (String word : new String[] { "one", " two", " three", " four" }) {
            pieces.add(Sse.keepAlive());
            pieces.add(Sse.keepAlive());
            pieces.add(Sse.keepAlive());
            pieces.add(Sse.delta(word));
        }
        pieces.add(Sse.keepAlive());
        pieces.add(Sse.finish("stop"));
        pieces.add(Sse.done());
        server.enqueue(ScriptedResponse.sse(pieces.toArray(String[]::new)).withDelayMs(100));
        getMockEndpoint("mock:done").expectedMessageCount(1);

        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Count"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("one two three four");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
        getMockEndpoint("mock:done").assertIsSatisfied();
    }
}
