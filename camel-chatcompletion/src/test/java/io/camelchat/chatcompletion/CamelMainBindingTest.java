package io.camelchat.chatcompletion;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * camel.component.chatcompletion.* properties configure the component's defaults through Camel Main.
 */
class CamelMainBindingTest {

    @Test
    void componentPropertiesBindToTheComponentConfiguration() throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.component.chatcompletion.base-url", "http://gateway.example:8080");
        main.addInitialProperty("camel.component.chatcompletion.temperature", "0.3");
        main.addInitialProperty("camel.component.chatcompletion.api-key", "sk-main-key");
        main.addInitialProperty("camel.component.chatcompletion.max-concurrent-requests", "7");
        main.addInitialProperty("camel.component.chatcompletion.chat-path", "/v1/chat/completions");
        main.addInitialProperty("camel.component.chatcompletion.request-timeout", "5s");
        main.addInitialProperty("camel.component.chatcompletion.envelope", "never");
        try {
            main.start();
            CamelContext context = main.getCamelContext();
            ChatCompletionConfiguration config
                    = context.getComponent("chatcompletion", ChatCompletionComponent.class).getConfiguration();

            assertThat(config.getBaseUrl()).isEqualTo("http://gateway.example:8080");
            assertThat(config.getTemperature()).isEqualTo(0.3);
            assertThat(config.getApiKey()).isEqualTo("sk-main-key");
            assertThat(config.getMaxConcurrentRequests()).isEqualTo(7);
            assertThat(config.getChatPath()).isEqualTo("/v1/chat/completions");
            assertThat(config.getRequestTimeout()).isEqualTo(5000L);
            assertThat(config.getEnvelope()).isEqualTo(EnvelopeMode.never);

            ChatCompletionConfiguration endpoint = context.getEndpoint(
                    "chatcompletion:gpt-4o-mini?temperature=0.9&maxConcurrentRequests=2",
                    ChatCompletionEndpoint.class).getConfiguration();
            assertThat(endpoint.getTemperature()).isEqualTo(0.9);
            assertThat(endpoint.getMaxConcurrentRequests()).isEqualTo(2);
            assertThat(endpoint.getBaseUrl()).isEqualTo("http://gateway.example:8080");
            assertThat(endpoint.getApiKey()).isEqualTo("sk-main-key");
            assertThat(config.getTemperature()).isEqualTo(0.3);
            assertThat(config.getMaxConcurrentRequests()).isEqualTo(7);
        } finally {
            main.stop();
        }
    }
}
