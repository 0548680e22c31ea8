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
 * {@code toD("chatcompletion:${header.model}")} with everything else configured on the component (as Camel Main,
 * Quarkus and Spring Boot users write it): the URI left once the model is moved to a header has no path and no query,
 * and must still resolve to the one endpoint, with or without the header.
 */
@Timeout(30)
class ToDWithoutQueryOptionsTest extends HardeningTestSupport {

    private final HostileServer server = new HostileServer(
            c -> c.complete(200, "application/json", Bodies.openAi("ok")));

    ToDWithoutQueryOptionsTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        var config = context.getComponent("chatcompletion", ChatCompletionComponent.class).getConfiguration();
        config.setBaseUrl(server.baseUrl());
        config.setModel("component-model");
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").toD("chatcompletion:${header.model}");
            }
        };
    }

    @Test
    void theModelHeaderAndTheComponentModelBothWork() {
        Exchange first = template.request("direct:start", e -> {
            e.getMessage().setHeader("model", "gpt-4.1");
            e.getMessage().setBody("Hi");
        });
        Exchange second = template.request("direct:start", e -> e.getMessage().setBody("Hi"));

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isNull();
        assertThat(server.requestBodies()).hasSize(2);
        assertThat(Jsons.parse(server.requestBodies().get(0)).path("model").asText()).isEqualTo("gpt-4.1");
        assertThat(Jsons.parse(server.requestBodies().get(1)).path("model").asText()).isEqualTo("component-model");
        assertThat(context.getEndpoints().stream().filter(ep -> ep.getEndpointUri().startsWith("chatcompletion")))
                .hasSize(1);
    }
}
