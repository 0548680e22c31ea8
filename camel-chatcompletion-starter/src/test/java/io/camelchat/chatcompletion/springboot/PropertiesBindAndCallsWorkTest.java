package io.camelchat.chatcompletion.springboot;

import java.time.Duration;
import java.util.Map;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application written as the README says: {@code camel.component.chatcompletion.*} in the environment, no code.
 * The options reach the component, and calls to a real local server work, plain and streamed in aggregate mode.
 */
@SpringBootTest(classes = TestApplication.class, properties = {
        "camel.component.chatcompletion.api-key=sk-test-secret-123",
        "camel.component.chatcompletion.request-timeout=30s",
        "camel.component.chatcompletion.connect-timeout=3000",
        "camel.component.chatcompletion.max-retries=1",
        "camel.component.chatcompletion.temperature=0.2",
        "camel.component.chatcompletion.system-message=Answer briefly.",
        "camel.component.chatcompletion.extra-header[X-Trace-Id]=abc",
        "camel.component.chatcompletion.extra-body[reasoning_effort]=low",
        "camel.component.chatcompletion.extra-body[x-vendor-flag]=on" })
class PropertiesBindAndCallsWorkTest {

    static final ChatServer SERVER = start();

    @Autowired
    CamelContext camelContext;
    @Autowired
    ProducerTemplate template;

    static ChatServer start() {
        try {
            return new ChatServer();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void baseUrl(DynamicPropertyRegistry registry) {
        registry.add("camel.component.chatcompletion.base-url", SERVER::baseUrl);
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void optionsReachTheComponentWithDurationsAndMapKeysKept() {
        ChatCompletionConfiguration config
                = camelContext.getComponent("chatcompletion", ChatCompletionComponent.class).getConfiguration();
        assertThat(config.getBaseUrl()).isEqualTo(SERVER.baseUrl());
        assertThat(config.getApiKey()).isEqualTo("sk-test-secret-123");
        assertThat(config.getRequestTimeout()).isEqualTo(Duration.ofSeconds(30).toMillis());
        assertThat(config.getConnectTimeout()).isEqualTo(3000L);
        assertThat(config.getMaxRetries()).isEqualTo(1);
        assertThat(config.getTemperature()).isEqualTo(0.2);
        assertThat(config.getExtraHeader()).containsExactlyEntriesOf(Map.of("X-Trace-Id", "abc"));
        assertThat(config.getExtraBody()).containsEntry("reasoning_effort", "low").containsEntry("x-vendor-flag", "on")
                .hasSize(2);
        // options not set keep the component's own defaults
        assertThat(config.getSocketTimeout()).isEqualTo(600000L);
    }

    @Test
    void nonStreamedCallReturnsTheAnswerAndHeaders() {
        int before = SERVER.requests().size();
        Exchange answer = template.request("chatcompletion:test-model",
                e -> e.getMessage().setBody("What is the capital of France?"));

        assertThat(answer.getException()).isNull();
        assertThat(answer.getMessage().getBody(String.class)).isEqualTo(ChatServer.ANSWER);
        assertThat(answer.getMessage().getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
        assertThat(answer.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS, Integer.class)).isEqualTo(15);
        ChatServer.Request request = SERVER.requests().get(before);
        assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer sk-test-secret-123");
        assertThat(request.headers().getFirst("X-Trace-Id")).isEqualTo("abc");
        assertThat(request.body()).contains("\"reasoning_effort\":\"low\"").contains("\"temperature\":0.2")
                .contains("Answer briefly.");
    }

    @Test
    void streamedCallInAggregateModeReturnsTheWholeAnswer() {
        Exchange answer = template.request("chatcompletion:test-model?stream=true&streamingMode=aggregate",
                e -> e.getMessage().setBody("What is the capital of France?"));

        assertThat(answer.getException()).isNull();
        assertThat(answer.getMessage().getBody(String.class)).isEqualTo(ChatServer.ANSWER);
        assertThat(answer.getMessage().getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
    }
}
