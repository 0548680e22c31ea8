package io.camelchat.chatcompletion.structured;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.json.Json;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Structured-output tests against a {@link ReplayServer}: a real local HTTP server socket that records each request.
 */
abstract class StructuredTestSupport extends ChatCompletionTestSupport {

    static final String VALID = "{\"sentiment\":\"positive\",\"score\":5,\"summary\":\"Great kettle\","
                                + "\"topics\":[\"speed\",\"design\"]}";
    static final String MISSING_SCORE = "{\"sentiment\":\"positive\",\"summary\":\"Great kettle\",\"topics\":[]}";

    protected final ReplayServer server = new ReplayServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** An endpoint URI against the replay server with the given options (each starting with &amp;). */
    protected String uri(String options) {
        return "chatcompletion:gpt-4o-mini?baseUrl=" + server.baseUrl() + "&apiKey=sk-test" + options;
    }

    protected Exchange ask(String options) {
        return template.request(uri(options), e -> e.getMessage().setBody("The kettle boils fast and looks nice."));
    }

    /** Answers request n (0-based) with script.apply(n). */
    protected void script(IntFunction<ScriptedResponse> script) {
        AtomicInteger number = new AtomicInteger();
        server.respondWith(request -> script.apply(number.getAndIncrement()));
    }

    /** A chat.completion whose message content is the given text (JSON-escaped here). */
    static ScriptedResponse answer(String content) {
        return answer(content, "stop");
    }

    static ScriptedResponse answer(String content, String finishReason) {
        String body = """
                {"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null},
                 "finish_reason":"%s"}],"usage":{"prompt_tokens":50,"completion_tokens":20,"total_tokens":70}}
                """.formatted(Json.MAPPER.valueToTree(content).toString(), finishReason);
        return ScriptedResponse.json(200, body);
    }

    /** The JSON bodies of the requests the server received, in order. */
    protected List<JsonNode> requestBodies() {
        return server.requests().stream().map(request -> {
            try {
                return Json.MAPPER.readTree(request.bodyAsString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static ChatCompletionException failureOf(Exchange exchange) {
        assertThat(exchange.getException()).isInstanceOf(ChatCompletionException.class);
        return (ChatCompletionException) exchange.getException();
    }
}
