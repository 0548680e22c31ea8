package io.camelchat.chatcompletion;

import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelchat.chatcompletion.support.Jsons;
import io.camelchat.chatcompletion.support.WireMockCamelTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class HeaderOverridesTest extends WireMockCamelTestSupport {

    private static final String ENDPOINT_VALUES = """
            {"model":"endpoint-model",
             "messages":[{"role":"system","content":"Be brief"},{"role":"user","content":"Hello!"}],
             "temperature":0.2,"top_p":0.9,"max_tokens":100,"max_completion_tokens":50,"user":"u1"}""";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(chatUri("endpoint-model", "&temperature=0.2&topP=0.9&maxTokens=100"
                                                                + "&maxCompletionTokens=50&user=u1&systemMessage=RAW(Be brief)"));
            }
        };
    }

    static Stream<Arguments> headers() {
        return Stream.of(
                arguments(ChatCompletionConstants.MODEL, "header-model", "/model", "\"header-model\""),
                arguments(ChatCompletionConstants.TEMPERATURE, "0.7", "/temperature", "0.7"),
                arguments(ChatCompletionConstants.TOP_P, "0.5", "/top_p", "0.5"),
                arguments(ChatCompletionConstants.MAX_TOKENS, "7", "/max_tokens", "7"),
                arguments(ChatCompletionConstants.MAX_COMPLETION_TOKENS, "8", "/max_completion_tokens", "8"),
                arguments(ChatCompletionConstants.USER, "u2", "/user", "\"u2\""),
                arguments(ChatCompletionConstants.SYSTEM_MESSAGE, "Be long", "/messages/0/content", "\"Be long\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headers")
    void headerWinsOverEndpointOption(String header, String value, String pointer, String expectedJson) {
        stubOk();

        Exchange result = template.request("direct:start", e -> {
            e.getMessage().setBody("Hello!");
            e.getMessage().setHeader(header, value);
        });

        assertThat(result.getException()).isNull();
        JsonNode sent = onlyRequestJson();
        assertThat(sent.at(pointer)).isEqualTo(Jsons.parse(expectedJson));
        // every other field keeps the endpoint value
        JsonPointer field = JsonPointer.compile(pointer);
        JsonNode expected = Jsons.parse(ENDPOINT_VALUES);
        ((ObjectNode) expected.at(field.head())).set(field.last().getMatchingProperty(), Jsons.parse(expectedJson));
        assertThat(sent).isEqualTo(expected);
    }

    @Test
    void nullHeadersDoNotOverride() {
        stubOk();

        Exchange result = template.request("direct:start", e -> {
            e.getMessage().setBody("Hello!");
            headers().forEach(args -> e.getMessage().setHeader((String) args.get()[0], null));
        });

        assertThat(result.getException()).isNull();
        assertThat(onlyRequestJson()).isEqualTo(Jsons.parse(ENDPOINT_VALUES));
    }
}
