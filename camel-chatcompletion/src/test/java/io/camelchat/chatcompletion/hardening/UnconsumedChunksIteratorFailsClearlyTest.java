package io.camelchat.chatcompletion.hardening;

import java.util.Iterator;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Chunks mode with no split in the route: a ProducerTemplate caller gets the iterator after the exchange completed
 * (and closed it). Iterating it then throws an exception saying it was closed before being consumed, instead of
 * silently yielding nothing.
 */
@Timeout(30)
class UnconsumedChunksIteratorFailsClearlyTest extends HardeningTestSupport {

    private final ReplayServer server = new ReplayServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:x").to("chatcompletion:" + MODEL + "?stream=true&baseUrl=" + server.baseUrl());
            }
        };
    }

    @Test
    void iteratingAClosedIteratorFails() {
        server.enqueue(ScriptedResponse.sse(Sse.answer("Hel", "lo")));

        Object body = template.requestBody("direct:x", "Hi");

        assertThat(body).isInstanceOf(Iterator.class);
        Iterator<?> chunks = (Iterator<?>) body;
        assertThatThrownBy(() -> {
            while (chunks.hasNext()) {
                chunks.next();
            }
        }).as("iterating an iterator closed before it was consumed")
                .satisfies(e -> System.out.println("iterating after the exchange completed: " + e))
                .hasMessageContaining("closed");
    }
}
