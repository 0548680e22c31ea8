package io.camelchat.chatcompletion.structured;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenAI's refusal (message.refusal, content null) fails with INVALID_OUTPUT that carries the refusal text, without a
 * repair.
 */
class RefusalFailsWithRefusalTextTest extends StructuredTestSupport {

    @Test
    void refusalIsDistinguished() {
        script(n -> ScriptedResponse.json(200, """
                {"id":"chatcmpl-2","object":"chat.completion","created":1700000000,"model":"gpt-4o-2024-08-06",
                 "choices":[{"index":0,"message":{"role":"assistant","content":null,
                 "refusal":"I'm sorry, I cannot assist with that request."},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":80,"completion_tokens":10,"total_tokens":90}}"""));

        Exchange result = ask("&outputClass=" + ReviewInsight.class.getName());

        ChatCompletionException failure = failureOf(result);
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.INVALID_OUTPUT);
        assertThat(failure.isRefusal()).isTrue();
        assertThat(failure.getRefusal()).isEqualTo("I'm sorry, I cannot assist with that request.");
        assertThat(failure.isTruncated()).isFalse();
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
