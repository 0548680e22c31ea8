package io.camelchat.chatcompletion.quarkus.it;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Camel Quarkus application (JVM mode) with the extension, configured from application.properties: Java and YAML
 * routes, an aggregated stream and toD, against a loopback chat server; the key reaches the server and stays out of
 * the endpoint's toString.
 */
@QuarkusTest
@QuarkusTestResource(ChatServerResource.class)
class ChatCompletionExtensionTest {

    @Inject
    ProducerTemplate template;

    @Inject
    CamelContext context;

    @Test
    void theComponentIsConfiguredFromApplicationProperties() {
        var config = context.getComponent("chatcompletion", ChatCompletionComponent.class).getConfiguration();

        assertThat(config.getBaseUrl()).isEqualTo(ChatServerResource.server.baseUrl());
        assertThat(config.getRequestTimeout()).isEqualTo(30_000L);
        assertThat(context.getVersion()).as("the Camel Camel Quarkus carries").startsWith("4.17.");
    }

    @Test
    void aJavaRouteCallIsAnswered() {
        Exchange result = template.request("direct:ask", e -> e.getMessage().setBody("Capital of France?"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo(ChatServer.ANSWER);
        assertThat(ChatServerResource.server.requests()).anySatisfy(r -> assertThat(
                r.headers().getFirst("Authorization")).isEqualTo("Bearer sk-quarkus-key"));
    }

    @Test
    void aYamlRouteCallIsAnswered() {
        Exchange result = template.request("direct:ask-yaml", e -> e.getMessage().setBody("Capital of France?"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo(ChatServer.ANSWER);
        assertThat(ChatServerResource.server.requests()).anySatisfy(r -> assertThat(r.body())
                .contains("You answer briefly."));
    }

    @Test
    void aStreamIsAggregated() {
        Exchange result = template.request("direct:stream", e -> e.getMessage().setBody("Capital of France?"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo(ChatServer.ANSWER);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
    }

    @Test
    void toDUsesTheModelFromTheHeader() {
        Exchange result = template.request("direct:ask-model", e -> {
            e.getMessage().setHeader("model", "gpt-4.1");
            e.getMessage().setBody("Capital of France?");
        });

        assertThat(result.getException()).isNull();
        assertThat(ChatServerResource.server.requests()).anySatisfy(r -> assertThat(r.body())
                .contains("\"model\":\"gpt-4.1\""));
        assertThat(context.getEndpoints()).allSatisfy(endpoint -> assertThat(endpoint.toString())
                .doesNotContain("sk-quarkus-key"));
    }
}
