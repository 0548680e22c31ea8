package io.camelchat.chatcompletion;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelchat.chatcompletion.model.ChatCompletionRequest;
import io.camelchat.chatcompletion.model.ChatMessage;
import io.camelchat.chatcompletion.support.Jsons;
import io.camelchat.chatcompletion.support.WireMockCamelTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A full request keeps every field it sets (over endpoint options, headers and extraBody), gets the fields it leaves
 * unset filled in, and passes unknown fields through untouched.
 */
class FullRequestBodyFormsTest extends WireMockCamelTestSupport {

    private static final String TOOLS = """
            [{"type":"function","function":{"name":"get_weather","description":"Weather by city",
              "parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}]""";
    private static final String REQUEST = """
            {"messages":[{"role":"user","content":"Weather in Oslo?"}],
             "temperature":0.1,"user":"request-user",
             "tools":%s,"response_format":{"type":"json_object"},"n":2,"stop":["END","STOP"],"seed":7}"""
            .formatted(TOOLS);
    private static final JsonNode REQUEST_JSON = Jsons.parse(REQUEST);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(chatUri("gpt-4o-mini", "&temperature=0.9&maxTokens=100&user=u1"
                                                             + "&systemMessage=RAW(Be brief)"
                                                             + "&extraBody.seed=42&extraBody.reasoning_effort=low"
                                                             + "&inputFormat=request"));
            }
        };
    }

    static Stream<Arguments> fullRequests() {
        ChatCompletionRequest pojo = new ChatCompletionRequest()
                .addMessage(ChatMessage.user("Weather in Oslo?"))
                .setTemperature(0.1).setUser("request-user")
                .set("tools", Jsons.MAPPER.convertValue(Jsons.parse(TOOLS), Object.class))
                .set("response_format", Map.of("type", "json_object"))
                .set("n", 2).set("stop", List.of("END", "STOP")).set("seed", 7);
        return Stream.of(
                arguments("JSON String", REQUEST),
                arguments("byte[]", REQUEST.getBytes(StandardCharsets.UTF_8)),
                arguments("InputStream", new ByteArrayInputStream(REQUEST.getBytes(StandardCharsets.UTF_8))),
                arguments("Map", Jsons.MAPPER.convertValue(REQUEST_JSON, Map.class)),
                arguments("ChatCompletionRequest", pojo),
                arguments("ObjectNode", REQUEST_JSON.deepCopy()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullRequests")
    void requestFieldsWinUnsetFieldsAreFilledOthersPassThrough(String form, Object body) {
        stubOk();

        Exchange result = template.request("direct:start", e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader(ChatCompletionConstants.TEMPERATURE, 0.5);
        });

        assertThat(result.getException()).isNull();
        JsonNode sent = onlyRequestJson();
        for (String field : new String[] { "tools", "response_format", "n", "stop", "seed", "messages" }) {
            assertThat(sent.get(field)).as(field).isEqualTo(REQUEST_JSON.get(field));
        }
        assertThat(sent.get("temperature").doubleValue()).isEqualTo(0.1);
        assertThat(sent.get("user").asText()).isEqualTo("request-user");
        assertThat(sent).isEqualTo(((ObjectNode) REQUEST_JSON.deepCopy())
                .put("model", "gpt-4o-mini").put("max_tokens", 100).put("reasoning_effort", "low"));
    }
}
