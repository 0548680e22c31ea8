package io.camelchat.chatcompletion;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.support.Jsons;
import io.camelchat.chatcompletion.support.WireMockCamelTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestJsonFieldsTest extends WireMockCamelTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:plain").to(chatUri("gpt-4o-mini", ""));
                from("direct:all").to(chatUri("gpt-4o-mini", "&temperature=0.2&topP=0.9&maxTokens=100"
                                                             + "&maxCompletionTokens=50&user=u1&systemMessage=RAW(Be brief)"));
            }
        };
    }

    @Test
    void promptWithoutOptionsSendsOnlyModelAndMessages() {
        stubOk();

        Exchange result = template.request("direct:plain", e -> e.getMessage().setBody("Hello!"));

        assertThat(result.getException()).isNull();
        JsonNode sent = onlyRequestJson();
        assertThat(sent).isEqualTo(Jsons.parse("""
                {"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello!"}]}"""));
        assertThat(Jsons.fieldNames(sent)).containsExactly("model", "messages")
                .doesNotContain("temperature", "top_p", "max_tokens", "max_completion_tokens", "user", "stream");
    }

    @Test
    void everyEndpointOptionIsSentUnderItsJsonNameAndType() {
        stubOk();

        Exchange result = template.request("direct:all", e -> e.getMessage().setBody("Hello!"));

        assertThat(result.getException()).isNull();
        JsonNode sent = onlyRequestJson();
        assertThat(sent).isEqualTo(Jsons.parse("""
                {"model":"gpt-4o-mini",
                 "messages":[{"role":"system","content":"Be brief"},{"role":"user","content":"Hello!"}],
                 "temperature":0.2,"top_p":0.9,"max_tokens":100,"max_completion_tokens":50,"user":"u1"}"""));
        assertThat(sent.get("temperature").isNumber()).isTrue();
        assertThat(sent.get("top_p").isNumber()).isTrue();
        assertThat(sent.get("max_tokens").isIntegralNumber()).isTrue();
        assertThat(sent.get("max_completion_tokens").isIntegralNumber()).isTrue();
        assertThat(sent.get("user").isTextual()).isTrue();
        assertThat(sent.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(sent.has("stream")).isFalse();
    }
}
