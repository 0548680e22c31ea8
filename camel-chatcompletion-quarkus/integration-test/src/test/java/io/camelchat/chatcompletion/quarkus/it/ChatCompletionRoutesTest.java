package io.camelchat.chatcompletion.quarkus.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chatcompletion component in a Camel Quarkus application (JVM mode), against a real local chat server: Java and
 * YAML DSL routes, a streamed call aggregated into one answer, toD with the model in a header, and the API key from
 * application.properties.
 */
@QuarkusTest
@QuarkusTestResource(ChatServerResource.class)
class ChatCompletionRoutesTest {

    @Inject
    ProducerTemplate template;

    @Test
    void javaRouteSendsPromptWithConfiguredKeyAndReturnsAnswerText() {
        String answer = template.requestBody("direct:java-prompt", "Hello", String.class);

        assertThat(answer).isEqualTo("model=java-model; system=-; user=Hello; stream=false");
    }

    @Test
    void yamlRouteAppliesItsEndpointOptionsAndReturnsTheResponseRecord() {
        ChatCompletionResponse response = template.requestBody("direct:yaml-prompt", "Hi from YAML",
                ChatCompletionResponse.class);

        assertThat(response.content()).isEqualTo("model=yaml-model; system=Answer briefly; user=Hi from YAML; stream=false");
        assertThat(response.usage().totalTokens()).isEqualTo(8);
        assertThat(response.finishReason()).isEqualTo("stop");
    }

    @Test
    void streamedCallInAggregateModeJoinsTheChunksIntoOneAnswer() {
        String answer = template.requestBody("direct:java-stream", "Stream please", String.class);

        assertThat(answer).isEqualTo("model=stream-model; system=-; user=Stream please; stream=true");
    }

    @Test
    void toDTakesTheModelFromAHeader() {
        String answer = template.requestBodyAndHeader("direct:java-dynamic", "Hello", "model", "dynamic-model",
                String.class);

        assertThat(answer).isEqualTo("model=dynamic-model; system=-; user=Hello; stream=false");
    }

    @Test
    void endpointWithAnotherKeyIsRejectedWithTheServersStatus() {
        assertThatThrownBy(() -> template.requestBody("chatcompletion:java-model?apiKey=wrong-key", "Hello"))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(ChatCompletionException.class)
                .satisfies(e -> assertThat(((ChatCompletionException) e).getHttpStatus()).isEqualTo(401));
    }

    @Test
    void apiKeyNeverAppearsInTheLog() throws IOException {
        template.requestBody("direct:java-prompt", "log check", String.class);
        Path log = Path.of("target/quarkus-it.log");

        assertThat(log).exists();
        assertThat(Files.readString(log)).contains("chatcompletion").doesNotContain(ChatServerResource.API_KEY);
    }
}
