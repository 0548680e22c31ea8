package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain OpenAI answer (no envelope) is mapped to body and headers, with no envelope headers. */
class PlainOpenAiResponseTest extends ChatCallTestSupport {

    @Test
    void mapsBodyAndHeadersWithoutEnvelopeHeaders() {
        stubChat(json(200, Bodies.openAi("Hello there!")));

        Exchange result = ask("");

        assertThat(result.getException()).isNull();
        Message message = result.getMessage();
        assertThat(message.getBody()).isEqualTo("Hello there!");
        assertThat(message.getHeader(ChatCompletionConstants.ID)).isEqualTo("chatcmpl-123");
        assertThat(message.getHeader(ChatCompletionConstants.RESPONSE_MODEL)).isEqualTo("gpt-3.5-turbo-0613");
        assertThat(message.getHeader(ChatCompletionConstants.CREATED)).isEqualTo(1677652288L);
        assertThat(message.getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
        assertThat(message.getHeader(ChatCompletionConstants.PROMPT_TOKENS)).isEqualTo(9);
        assertThat(message.getHeader(ChatCompletionConstants.COMPLETION_TOKENS)).isEqualTo(12);
        assertThat(message.getHeader(ChatCompletionConstants.TOTAL_TOKENS)).isEqualTo(21);
        assertThat(message.getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(message.getHeaders()).doesNotContainKeys(
                ChatCompletionConstants.ENVELOPE_SUCCESS, ChatCompletionConstants.ENVELOPE_CODE,
                ChatCompletionConstants.ENVELOPE_MESSAGE, ChatCompletionConstants.REASONING_CONTENT,
                ChatCompletionConstants.TOOL_CALLS);
    }
}
