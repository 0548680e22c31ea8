package io.camelchat.chatcompletion.structured;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * structuredOutput=auto (the default): a 400 naming response_format makes the call re-send in prompt mode, and the
 * endpoint remembers it: the next exchange goes out in prompt mode at once.
 */
class AutoFallsBackToPromptAfterResponseFormatRejectedTest extends StructuredTestSupport {

    private static final String REJECTED = """
            {"error":{"message":"Invalid parameter: 'response_format' of type 'json_schema' is not supported with \
            this model.","type":"invalid_request_error","param":"response_format","code":null}}""";

    @Test
    void rejectedResponseFormatSwitchesTheEndpointToPromptMode() {
        script(n -> n == 0 ? ScriptedResponse.json(400, REJECTED) : answer(VALID));
        String options = "&outputClass=" + ReviewInsight.class.getName();

        Exchange first = ask(options);
        Exchange second = ask(options);

        assertThat(first.getException()).isNull();
        assertThat(first.getMessage().getBody()).isInstanceOf(ReviewInsight.class);
        assertThat(first.getMessage().getHeader(ChatCompletionConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(second.getException()).isNull();
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(requestBodies().get(0).has("response_format")).isTrue();
        assertThat(requestBodies().get(1).has("response_format")).isFalse();
        assertThat(requestBodies().get(1).path("messages").get(0).path("content").asText())
                .startsWith(StructuredExchange.INSTRUCTION);
        assertThat(requestBodies().get(2).has("response_format")).isFalse();
    }

    @Test
    void nativeModeDoesNotFallBack() {
        script(n -> ScriptedResponse.json(400, REJECTED));

        Exchange result = ask("&structuredOutput=native&outputClass=" + ReviewInsight.class.getName());

        assertThat(failureOf(result).getHttpStatus()).isEqualTo(400);
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
