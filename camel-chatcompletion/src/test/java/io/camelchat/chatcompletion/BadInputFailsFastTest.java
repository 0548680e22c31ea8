package io.camelchat.chatcompletion;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.camelchat.chatcompletion.support.WireMockCamelTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A body or configuration that cannot become a request fails the exchange before anything is sent.
 */
class BadInputFailsFastTest extends WireMockCamelTestSupport {

    private static final String EXPECTED = "expected a text prompt, a List of messages";
    private static final String AS_REQUEST = "&inputFormat=request";

    record Custom(String text) {
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                arguments("null", null, "", "The message body is empty: " + EXPECTED),
                arguments("empty String", "", "", "The message body is empty text: " + EXPECTED),
                arguments("blank String", " \n\t ", "", "The message body is empty text: " + EXPECTED),
                arguments("malformed JSON bytes", "{\"messages\": [".getBytes(StandardCharsets.UTF_8), AS_REQUEST,
                        "The body is not valid JSON (inputFormat=request)"),
                arguments("malformed JSON String claiming to be a request", "{\"messages\": [", "&inputFormat=auto",
                        "The body looks like a JSON request but is malformed"),
                arguments("empty List", List.of(), "", "The message list is empty"),
                arguments("List with an Integer", List.of(1), "",
                        "Unsupported message type java.lang.Integer: expected ChatMessage or Map with role and content"),
                arguments("List with a null", Arrays.asList((Object) null), "",
                        "Unsupported message type null: expected ChatMessage or Map"),
                arguments("Map without messages", Map.of("model", "m", "temperature", 0.1), "",
                        "A full request needs a non-empty messages array"),
                arguments("JSON bytes without messages", "{\"model\":\"m\"}".getBytes(StandardCharsets.UTF_8),
                        AS_REQUEST, "A full request needs a non-empty messages array"),
                arguments("JSON String with empty messages", "{\"model\":\"m\",\"messages\":[]}", AS_REQUEST,
                        "A full request needs a non-empty messages array"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badBodyFailsWithoutCallingTheServer(String label, Object body, String options, String expectedMessage) {
        stubOk();

        Exchange result = template.request(chatUri("gpt-4o-mini", options), e -> e.getMessage().setBody(body));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expectedMessage);
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void bodyWithoutTextConversionFailsWithInvalidPayload() {
        stubOk();

        Exchange result = template.request(chatUri("gpt-4o-mini", ""), e -> e.getMessage().setBody(new Custom("hi")));

        assertThat(result.getException()).isInstanceOf(InvalidPayloadException.class);
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void noModelAnywhereFailsWithoutCallingTheServer() {
        stubOk();

        Exchange result = template.request("chatcompletion:?baseUrl=" + baseUrl(), e -> e.getMessage().setBody("Hi"));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No model to call: set the endpoint path (chatcompletion:<model>), "
                                        + "the CamelChatCompletionModel header, or model in the request body");
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void blankModelHeaderDoesNotCountAsAModel() {
        stubOk();

        Exchange result = template.request("chatcompletion:?baseUrl=" + baseUrl(), e -> {
            e.getMessage().setBody("Hi");
            e.getMessage().setHeader(ChatCompletionConstants.MODEL, " ");
        });

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No model to call");
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }
}
