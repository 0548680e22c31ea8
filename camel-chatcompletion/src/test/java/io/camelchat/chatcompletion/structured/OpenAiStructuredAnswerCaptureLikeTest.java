package io.camelchat.chatcompletion.structured;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer shaped exactly like OpenAI's structured-output answer (gpt-4o-2024-08-06 with response_format
 * json_schema: refusal null, annotations, system_fingerprint, service_tier, token details). The shared captures hold
 * no real structured answer; this body follows OpenAI's documented format field for field.
 */
class OpenAiStructuredAnswerCaptureLikeTest extends StructuredTestSupport {

    private static final String ANSWER = """
            {
              "id": "chatcmpl-AjoahzSZ8V3GeRGWHI6PbPFrVsk8w",
              "object": "chat.completion",
              "created": 1735318303,
              "model": "gpt-4o-2024-08-06",
              "choices": [
                {
                  "index": 0,
                  "message": {
                    "role": "assistant",
                    "content": "{\\"id\\":\\"A-1009\\",\\"lines\\":[{\\"product\\":\\"kettle\\",\\"quantity\\":2},{\\"product\\":\\"mug\\",\\"quantity\\":6}]}",
                    "refusal": null,
                    "annotations": []
                  },
                  "logprobs": null,
                  "finish_reason": "stop"
                }
              ],
              "usage": {
                "prompt_tokens": 96,
                "completion_tokens": 31,
                "total_tokens": 127,
                "prompt_tokens_details": { "cached_tokens": 0, "audio_tokens": 0 },
                "completion_tokens_details": { "reasoning_tokens": 0, "audio_tokens": 0,
                  "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0 }
              },
              "service_tier": "default",
              "system_fingerprint": "fp_5f20662549"
            }
            """;

    @Test
    void nestedRecordIsReadFromOpenAiAnswer() {
        script(n -> ScriptedResponse.json(200, ANSWER));

        Exchange result = ask("&outputClass=" + Order.class.getName());

        assertThat(result.getException()).isNull();
        Order order = result.getMessage().getBody(Order.class);
        assertThat(order.id()).isEqualTo("A-1009");
        assertThat(order.lines()).containsExactly(new Order.Line("kettle", 2), new Order.Line("mug", 6));
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS)).isEqualTo(127);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.STRUCTURED_OUTPUT_REPAIRS)).isEqualTo(0);
        assertThat(requestBodies().get(0).path("response_format").path("json_schema").path("name").asText())
                .isEqualTo("Order");
    }
}
