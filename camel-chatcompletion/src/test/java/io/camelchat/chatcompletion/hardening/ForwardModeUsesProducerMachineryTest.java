package io.camelchat.chatcompletion.hardening;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSendingEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSentEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forward mode sends each chunk exchange through Camel's producer machinery: an event notifier sees a sending and a
 * sent event for the chunk endpoint per chunk, and every chunk exchange is correlated to the original exchange
 * ({@code Exchange.CORRELATION_ID} = the original's id).
 */
@Timeout(30)
class ForwardModeUsesProducerMachineryTest extends HardeningTestSupport {

    private final ReplayServer server = new ReplayServer();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof ExchangeSendingEvent sending
                    && sending.getEndpoint().getEndpointUri().startsWith("direct://chunks")) {
                    events.add("sending");
                } else if (event instanceof ExchangeSentEvent sent
                           && sent.getEndpoint().getEndpointUri().startsWith("direct://chunks")) {
                    events.add("sent");
                }
            }
        });
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:" + MODEL + "?stream=true&streamingMode=forward&chunkUri=direct:chunks"
                            + "&baseUrl=" + server.baseUrl());
                from("direct:chunks").to("mock:chunk");
            }
        };
    }

    @Test
    void chunkExchangesAreSentAndCorrelated() throws Exception {
        server.enqueue(ScriptedResponse.sse(Sse.answer("a", "b", "c", "d")));
        MockEndpoint chunks = getMockEndpoint("mock:chunk");
        chunks.expectedBodiesReceived("a", "b", "c", "d");

        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("a to d"));

        chunks.assertIsSatisfied();
        assertThat(result.getException()).isNull();
        System.out.println("events for direct://chunks: " + events);
        assertThat(events.stream().filter("sending"::equals).count()).isEqualTo(4);
        assertThat(events.stream().filter("sent"::equals).count()).isEqualTo(4);
        assertThat(chunks.getReceivedExchanges()).allSatisfy(chunk -> assertThat(
                chunk.getProperty(Exchange.CORRELATION_ID)).isEqualTo(result.getExchangeId()));
    }
}
