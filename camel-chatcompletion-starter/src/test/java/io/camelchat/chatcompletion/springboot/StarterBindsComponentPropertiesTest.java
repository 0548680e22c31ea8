package io.camelchat.chatcompletion.springboot;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.EnvelopeMode;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * camel.component.chatcompletion.* configures the component: relaxed names, durations in Spring's and Camel's forms,
 * enums, and header names with dashes in the bracket and the dotted form.
 */
@SpringBootTest(classes = ChatRoutesApplication.class, properties = {
        "camel.component.chatcompletion.base-url=http://gateway.example:8080",
        "camel.component.chatcompletion.apiKey=sk-boot-key",
        "camel.component.chatcompletion.request-timeout=30s",
        "camel.component.chatcompletion.connect-timeout=2500",
        "camel.component.chatcompletion.max-concurrent-requests=7",
        "camel.component.chatcompletion.chat-path=/v1/chat/completions",
        "camel.component.chatcompletion.envelope=never",
        "camel.component.chatcompletion.temperature=0.3",
        "camel.component.chatcompletion.extra-header[OpenAI-Organization]=org-1",
        "camel.component.chatcompletion.extra-header.X-Trace-Id=abc",
        "camel.component.chatcompletion.extra-body.seed=42" })
class StarterBindsComponentPropertiesTest {

    @Autowired
    CamelContext context;

    @Test
    void everyKindOfPropertyReachesTheComponent() {
        ChatCompletionConfiguration config
                = context.getComponent("chatcompletion", ChatCompletionComponent.class).getConfiguration();

        assertThat(config.getBaseUrl()).isEqualTo("http://gateway.example:8080");
        assertThat(config.getApiKey()).isEqualTo("sk-boot-key");
        assertThat(config.getRequestTimeout()).isEqualTo(30_000L);
        assertThat(config.getConnectTimeout()).isEqualTo(2_500L);
        assertThat(config.getMaxConcurrentRequests()).isEqualTo(7);
        assertThat(config.getChatPath()).isEqualTo("/v1/chat/completions");
        assertThat(config.getEnvelope()).isEqualTo(EnvelopeMode.never);
        assertThat(config.getTemperature()).isEqualTo(0.3);
        assertThat(config.getExtraHeader()).containsEntry("OpenAI-Organization", "org-1")
                .containsEntry("X-Trace-Id", "abc");
        assertThat(config.getExtraBody()).containsEntry("seed", "42");
    }
}
