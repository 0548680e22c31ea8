package io.camelchat.chatcompletion.structured;

import io.camelchat.chatcompletion.json.Json;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor gateway's API has no response_format: in auto mode, an answer in the vendor envelope switches the
 * endpoint to prompt mode, so the repair (and every later call) carries the schema in the system message; with
 * envelope=always, auto starts in prompt mode.
 */
class VendorEnvelopeAnswerSwitchesAutoToPromptTest extends StructuredTestSupport {

    @Test
    void envelopedFreeTextIsRepairedInPromptMode() {
        script(n -> n == 0
                ? ScriptedResponse.json(200, Bodies.envelope("The review is positive."))
                : ScriptedResponse.json(200, Bodies.wrap(Json.MAPPER.createObjectNode()
                        .put("id", "x").put("model", "m").set("choices", Json.MAPPER.createArrayNode().add(
                                Json.MAPPER.createObjectNode().put("index", 0).put("finish_reason", "stop")
                                        .set("message", Json.MAPPER.createObjectNode().put("role", "assistant")
                                                .put("content", VALID)))).toString())));

        Exchange result = ask("&outputClass=" + ReviewInsight.class.getName());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isInstanceOf(ReviewInsight.class);
        assertThat(requestBodies().get(0).has("response_format")).isTrue();
        assertThat(requestBodies().get(1).has("response_format")).isFalse();
        assertThat(requestBodies().get(1).path("messages").get(0).path("content").asText())
                .startsWith(StructuredExchange.INSTRUCTION);
    }

    @Test
    void envelopeAlwaysStartsInPromptMode() {
        script(n -> ScriptedResponse.json(200, Bodies.wrap(
                "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                + Json.MAPPER.valueToTree(VALID) + "},\"finish_reason\":\"stop\"}]}")));

        Exchange result = ask("&envelope=always&outputClass=" + ReviewInsight.class.getName());

        assertThat(result.getException()).isNull();
        assertThat(requestBodies().get(0).has("response_format")).isFalse();
        assertThat(requestBodies().get(0).path("messages").get(0).path("role").asText()).isEqualTo("system");
    }
}
