package io.camelchat.chatcompletion;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.model.ChatCompletionToolCall;
import io.camelchat.chatcompletion.testsupport.Capture;
import io.camelchat.chatcompletion.testsupport.Captures;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import org.apache.camel.Exchange;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Replays the real non-streaming responses recorded from public servers (../shared/captures, skipped when absent)
 * and checks the component produces exactly what each case's expect.json says.
 */
class NonStreamingCapturesTest extends ChatCompletionTestSupport {

    private static ReplayServer server;

    @BeforeAll
    static void startServer() {
        server = new ReplayServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static Stream<String> cases() {
        List<String> names = new ArrayList<>();
        Captures.all().stream().filter(c -> !c.isStream()).forEach(c -> names.add(c.name()));
        return names.isEmpty() ? Stream.of("(captures absent)") : names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void producesTheExpectedResult(String name) {
        assumeTrue(Captures.dir().isPresent(), "../shared/captures is absent");
        Capture capture = Captures.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        server.enqueue(capture.toScriptedResponse());

        Exchange result = template.request(
                "chatcompletion:any-model?outputFormat=response&baseUrl=" + server.baseUrl(),
                e -> e.getMessage().setBody("Hello"));

        JsonNode expect = capture.expect();
        if (expect.has("error")) {
            assertFailure(expect.get("error"), result.getException());
        } else {
            assertThat(result.getException()).isNull();
            assertSuccess(expect, result.getMessage().getBody(ChatCompletionResponse.class), result);
        }
    }

    private static void assertSuccess(JsonNode expect, ChatCompletionResponse response, Exchange result) {
        assertThat(response.id()).isEqualTo(text(expect, "id"));
        assertThat(response.model()).isEqualTo(text(expect, "model"));
        assertThat(response.content()).isEqualTo(text(expect, "content"));
        assertThat(response.finishReason()).isEqualTo(text(expect, "finishReason"));
        assertThat(response.usage().promptTokens()).isEqualTo(expect.get("promptTokens").asInt());
        assertThat(response.usage().completionTokens()).isEqualTo(expect.get("completionTokens").asInt());
        assertThat(response.usage().totalTokens()).isEqualTo(expect.get("totalTokens").asInt());
        assertThat(response.reasoningContent()).isEqualTo(text(expect, "reasoningContent"));
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS))
                .isEqualTo(expect.get("totalTokens").asInt());
        if (expect.has("toolCalls")) {
            List<ChatCompletionToolCall> expected = new ArrayList<>();
            expect.get("toolCalls").forEach(call -> expected.add(new ChatCompletionToolCall(call.get("index").asInt(),
                    text(call, "id"), text(call, "type"), text(call, "name"), text(call, "arguments"))));
            assertThat(response.toolCalls()).containsExactlyElementsOf(expected);
        } else {
            assertThat(response.toolCalls()).isNull();
        }
    }

    static void assertFailure(JsonNode error, Exception exception) {
        assertThat(exception).isInstanceOf(ChatCompletionException.class);
        ChatCompletionException failure = (ChatCompletionException) exception;
        assertThat(failure.getKind().name()).isEqualToIgnoringCase(error.get("kind").asText());
        assertThat(failure.getHttpStatus()).isEqualTo(error.get("httpStatus").asInt());
        assertThat(failure.getErrorCode()).isEqualTo(text(error, "code"));
        if (error.has("type")) {
            assertThat(failure.getErrorType()).isEqualTo(text(error, "type"));
        }
        assertThat(failure.getMessage()).containsIgnoringCase(error.get("messageContains").asText());
        assertThat(failure.isRetryable()).isEqualTo(error.get("retryable").asBoolean());
        if (error.has("retryAfterMs")) {
            assertThat(failure.getRetryAfterMs()).isEqualTo(error.get("retryAfterMs").asLong());
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
