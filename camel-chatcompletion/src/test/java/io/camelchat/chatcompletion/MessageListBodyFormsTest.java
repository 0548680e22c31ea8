package io.camelchat.chatcompletion;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.camelchat.chatcompletion.model.ChatMessage;
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

/**
 * Message lists in any form become the request's messages, after the endpoint's system message.
 */
class MessageListBodyFormsTest extends WireMockCamelTestSupport {

    private static final String EXPECTED = """
            {"model":"gpt-4o-mini","temperature":0.9,
             "messages":[{"role":"system","content":"Be brief"},
                         {"role":"user","content":"Hi"},
                         {"role":"assistant","content":"Hello"},
                         {"role":"user","content":"Bye"}]}""";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(chatUri("gpt-4o-mini", "&temperature=0.9&systemMessage=RAW(Be brief)&inputFormat=auto"));
            }
        };
    }

    static Stream<Arguments> messageLists() {
        return Stream.of(
                arguments("List<ChatMessage>",
                        List.of(ChatMessage.user("Hi"), ChatMessage.assistant("Hello"), ChatMessage.user("Bye"))),
                arguments("List<Map>", List.of(Map.of("role", "user", "content", "Hi"),
                        Map.of("role", "assistant", "content", "Hello"), Map.of("role", "user", "content", "Bye"))),
                arguments("JSON array String", """
                        [{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"},
                         {"role":"user","content":"Bye"}]"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageLists")
    void messageListIsSentAfterTheSystemMessage(String form, Object body) {
        stubOk();

        Exchange result = template.request("direct:start", e -> e.getMessage().setBody(body));

        assertThat(result.getException()).isNull();
        assertThat(onlyRequestJson()).isEqualTo(Jsons.parse(EXPECTED));
    }

    @Test
    void listWithItsOwnSystemMessageGetsNoSecondOne() {
        stubOk();

        template.request("direct:start", e -> e.getMessage().setBody(
                List.of(ChatMessage.system("Be formal"), ChatMessage.user("Hi"))));

        assertThat(onlyRequestJson().get("messages")).isEqualTo(Jsons.parse("""
                [{"role":"system","content":"Be formal"},{"role":"user","content":"Hi"}]"""));
    }

    @Test
    void stringThatOnlyStartsWithBracketIsAPrompt() {
        stubOk();

        Exchange result = template.request("direct:start", e -> e.getMessage().setBody("[INST] hi"));

        assertThat(result.getException()).isNull();
        assertThat(onlyRequestJson().get("messages")).isEqualTo(Jsons.parse("""
                [{"role":"system","content":"Be brief"},{"role":"user","content":"[INST] hi"}]"""));
    }
}
