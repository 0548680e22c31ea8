package io.camelchat.chatcompletion;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.model.ChatCompletionToolCall;
import io.camelchat.chatcompletion.testsupport.Capture;
import io.camelchat.chatcompletion.testsupport.Captures;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Replays the real streaming responses recorded from public servers (../shared/captures, skipped when absent) byte for
 * byte, cut where each case's expect.json says, through real routes in chunks mode (a streaming split) and in
 * aggregate mode, and checks the chunks, the final headers or the failure against expect.json.
 */
class StreamingCapturesTest extends ChatCompletionTestSupport {

    private static ReplayServer server;

    @BeforeAll
    static void startServer() {
        server = new ReplayServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chunks")
                        .to("chatcompletion:m?stream=true&baseUrl=" + server.baseUrl())
                        .split(body()).streaming()
                            .to("mock:chunk")
                        .end()
                        .to("mock:done");
                from("direct:aggregate")
                        .to("chatcompletion:m?stream=true&streamingMode=aggregate&baseUrl=" + server.baseUrl())
                        .to("mock:done");
            }
        };
    }

    static Stream<String> cases() {
        List<String> names = new ArrayList<>();
        Captures.all().stream().filter(Capture::isStream).forEach(c -> names.add(c.name()));
        return names.isEmpty() ? Stream.of("(captures absent)") : names.stream();
    }

    private static Capture capture(String name) {
        assumeTrue(Captures.dir().isPresent(), "../shared/captures is absent");
        return Captures.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void chunksModeProducesTheExpectedChunksAndResult(String name) throws Exception {
        Capture capture = capture(name);
        JsonNode expect = capture.expect();
        server.enqueue(capture.toScriptedResponse());

        Exchange result = template.request("direct:chunks", e -> e.getMessage().setBody("Hello"));

        List<String> chunks = getMockEndpoint("mock:chunk").getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody(String.class)).toList();
        assertThat(chunks).containsExactlyElementsOf(texts(expect.get("chunks")));
        if (expect.has("error")) {
            assertFailure(expect, result.getException());
            getMockEndpoint("mock:done").expectedMessageCount(0);
        } else {
            assertThat(result.getException()).isNull();
            getMockEndpoint("mock:done").expectedMessageCount(1);
            Message message = getMockEndpoint("mock:done").getReceivedExchanges().get(0).getMessage();
            assertThat(message.getHeader(ChatCompletionConstants.CONTENT))
                    .isEqualTo(expect.get("aggregatedContent").asText());
            assertHeaders(expect, message);
        }
        getMockEndpoint("mock:done").assertIsSatisfied();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aggregateModeProducesTheExpectedResult(String name) throws Exception {
        Capture capture = capture(name);
        JsonNode expect = capture.expect();
        server.enqueue(capture.toScriptedResponse());

        Exchange result = template.request("direct:aggregate", e -> e.getMessage().setBody("Hello"));

        if (expect.has("error")) {
            assertFailure(expect, result.getException());
            getMockEndpoint("mock:done").expectedMessageCount(0);
        } else {
            assertThat(result.getException()).isNull();
            getMockEndpoint("mock:done").expectedMessageCount(1);
            Message message = getMockEndpoint("mock:done").getReceivedExchanges().get(0).getMessage();
            String aggregated = expect.get("aggregatedContent").asText();
            // outputFormat=content: the body is the message text, null when the stream carried no text at all
            assertThat(message.getBody()).isEqualTo(aggregated.isEmpty() ? null : aggregated);
            assertHeaders(expect, message);
        }
        getMockEndpoint("mock:done").assertIsSatisfied();
    }

    private static void assertHeaders(JsonNode expect, Message message) {
        assertThat(message.getHeader(ChatCompletionConstants.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(message.getHeader(ChatCompletionConstants.ID)).isEqualTo(text(expect, "id"));
        assertThat(message.getHeader(ChatCompletionConstants.RESPONSE_MODEL)).isEqualTo(text(expect, "model"));
        assertThat(message.getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo(text(expect, "finishReason"));
        assertThat(message.getHeader(ChatCompletionConstants.REASONING_CONTENT))
                .isEqualTo(text(expect, "reasoningContent"));
        if (expect.has("toolCalls")) {
            assertThat(message.getHeader(ChatCompletionConstants.TOOL_CALLS)).isEqualTo(toolCalls(expect));
        } else {
            assertThat(message.getHeader(ChatCompletionConstants.TOOL_CALLS)).isNull();
        }
        JsonNode usage = expect.get("usage");
        assertThat(message.getHeader(ChatCompletionConstants.PROMPT_TOKENS))
                .isEqualTo(usage.get("promptTokens").asInt());
        assertThat(message.getHeader(ChatCompletionConstants.COMPLETION_TOKENS))
                .isEqualTo(usage.get("completionTokens").asInt());
        assertThat(message.getHeader(ChatCompletionConstants.TOTAL_TOKENS))
                .isEqualTo(usage.get("totalTokens").asInt());
    }

    private static void assertFailure(JsonNode expect, Exception exception) {
        assertThat(exception).isInstanceOf(ChatCompletionException.class);
        ChatCompletionException failure = (ChatCompletionException) exception;
        JsonNode error = expect.get("error");
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
        assertThat(failure.getPartialContent()).isEqualTo(expect.get("aggregatedContent").asText());
        if (expect.has("finishReason")) {
            assertThat(failure.getFinishReason()).isEqualTo(text(expect, "finishReason"));
        }
    }

    private static List<ChatCompletionToolCall> toolCalls(JsonNode expect) {
        List<ChatCompletionToolCall> calls = new ArrayList<>();
        expect.get("toolCalls").forEach(call -> calls.add(new ChatCompletionToolCall(call.get("index").asInt(),
                text(call, "id"), text(call, "type"), text(call, "name"), text(call, "arguments"))));
        return calls;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
