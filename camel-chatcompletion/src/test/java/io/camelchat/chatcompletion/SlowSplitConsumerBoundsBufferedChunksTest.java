package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.support.BackpressureTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/**
 * Backpressure, chunks mode: while the split takes 5 ms per chunk, the component stops reading once its buffer is
 * full, so the server's writes back up: the server is never more than a bounded number of events ahead of the route,
 * far below the whole stream, and every chunk still arrives, in order.
 */
class SlowSplitConsumerBoundsBufferedChunksTest extends BackpressureTestSupport {

    SlowSplitConsumerBoundsBufferedChunksTest() throws Exception {
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&httpClient=#smallBufferClient&baseUrl="
                            + server.baseUrl())
                        .split(body()).streaming()
                            .delay(5).syncDelayed()
                            .process(e -> recordChunk(e))
                        .end();
            }
        };
    }

    @Test
    void serverWritesBackUpBehindTheSlowSplit() {
        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Write a lot"));

        assertServerBackedUp("backpressure", result,
                result.getMessage().getHeader(ChatCompletionConstants.CONTENT, String.class));
    }
}
