package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.support.BackpressureTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/**
 * Backpressure, forward mode: while the chunk route (direct:chunks) takes 5 ms per chunk, the component stops reading
 * once its queue is full, so the server's writes back up: the server is never more than a bounded number of events
 * ahead of the chunk route, far below the whole stream; every chunk still arrives, in order, and the original exchange
 * ends with the whole text.
 */
class ForwardModeSlowChunkRouteBoundsBufferedChunksTest extends BackpressureTestSupport {

    ForwardModeSlowChunkRouteBoundsBufferedChunksTest() throws Exception {
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&streamingMode=forward&chunkUri=direct:chunks"
                            + "&httpClient=#smallBufferClient&baseUrl=" + server.baseUrl());
                from("direct:chunks")
                        .delay(5).syncDelayed()
                        .process(e -> recordChunk(e));
            }
        };
    }

    @Test
    void serverWritesBackUpBehindTheSlowChunkRoute() {
        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Write a lot"));

        assertServerBackedUp("forward backpressure", result, result.getMessage().getBody(String.class));
    }
}
