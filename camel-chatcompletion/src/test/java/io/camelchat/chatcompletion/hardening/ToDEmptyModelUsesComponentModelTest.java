package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.Jsons;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code toD("chatcompletion:${header.m}?...")} without the header, the component's model set: the request carries
 * the component's model, as a static {@code to} would.
 */
@Timeout(30)
class ToDEmptyModelUsesComponentModelTest extends HardeningTestSupport {

    private final HostileServer server = new HostileServer(
            c -> c.complete(200, "application/json", Bodies.openAi("ok")));

    ToDEmptyModelUsesComponentModelTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("chatcompletion", ChatCompletionComponent.class).getConfiguration()
                .setModel("component-model");
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").toD("chatcompletion:${header.m}?baseUrl=" + server.baseUrl());
            }
        };
    }

    @Test
    void emptyModelFallsBackToTheComponentModel() {
        Exchange result = template.request("direct:start", e -> e.getMessage().setBody("Hi"));

        assertThat(result.getException()).isNull();
        assertThat(server.requestBodies()).hasSize(1);
        assertThat(Jsons.parse(server.requestBodies().get(0)).path("model").asText()).isEqualTo("component-model");
    }
}
