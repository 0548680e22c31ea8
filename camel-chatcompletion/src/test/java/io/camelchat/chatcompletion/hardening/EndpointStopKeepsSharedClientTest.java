package io.camelchat.chatcompletion.hardening;

import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionEndpoint;
import io.camelchat.chatcompletion.support.Bodies;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two endpoints with the same connection settings (so, under one component, the same client): stopping one endpoint
 * does not break calls on the other, neither one in flight while it stops nor later ones.
 */
@Timeout(30)
class EndpointStopKeepsSharedClientTest extends HardeningTestSupport {

    private final HostileServer server = new HostileServer(c -> {
        if (c.requestBody().contains("slow")) {
            c.sleep(700);
        }
        c.complete(200, "application/json", Bodies.openAi("ok"));
    });

    EndpointStopKeepsSharedClientTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void otherEndpointKeepsWorking() throws Exception {
        String first = "chatcompletion:model-a?baseUrl=" + server.baseUrl();
        String second = "chatcompletion:model-b?baseUrl=" + server.baseUrl();
        assertThat(template.request(first, e -> e.getMessage().setBody("Hi")).getException()).isNull();
        assertThat(template.request(second, e -> e.getMessage().setBody("Hi")).getException()).isNull();

        Future<Exchange> inFlight = template.asyncSend(second, e -> e.getMessage().setBody("slow, in flight"));
        Thread.sleep(200);

        context.getEndpoint(first, ChatCompletionEndpoint.class).stop();

        Exchange slow = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(slow.getException()).as("the call in flight on the other endpoint").isNull();
        assertThat(slow.getMessage().getBody()).isEqualTo("ok");

        for (int i = 0; i < 3; i++) {
            Exchange result = template.request(second, e -> e.getMessage().setBody("Still there?"));
            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getBody()).isEqualTo("ok");
        }
        assertThat(server.requestCount()).isEqualTo(6);
    }
}
