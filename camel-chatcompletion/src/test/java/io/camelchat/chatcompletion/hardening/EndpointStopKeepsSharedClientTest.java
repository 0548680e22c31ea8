package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.ChatCompletionEndpoint;
import io.camelchat.chatcompletion.support.Bodies;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two endpoints with the same connection settings (so, under one component, the same client): stopping one endpoint
 * does not break calls on the other.
 */
@Timeout(30)
class EndpointStopKeepsSharedClientTest extends HardeningTestSupport {

    private final HostileServer server = new HostileServer(
            c -> c.complete(200, "application/json", Bodies.openAi("ok")));

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

        context.getEndpoint(first, ChatCompletionEndpoint.class).stop();

        for (int i = 0; i < 3; i++) {
            Exchange result = template.request(second, e -> e.getMessage().setBody("Still there?"));
            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getBody()).isEqualTo("ok");
        }
        assertThat(server.requestCount()).isEqualTo(5);
    }
}
