package io.camelchat.chatcompletion;

import java.util.List;

import io.camelchat.chatcompletion.model.ChatCompletionToolCall;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tool calls of the first choice become a List of ChatCompletionToolCall, arguments kept as raw JSON text. */
class ToolCallsResponseTest extends ChatCallTestSupport {

    @Test
    void twoToolCallsWithNullContent() {
        stubChat(json(200, Bodies.withMessage("""
                {"role":"assistant","content":null,"tool_calls":[
                  {"id":"call_abc","type":"function","function":{"name":"get_weather","arguments":"{\\"city\\": \\"Paris\\",  \\"unit\\":\\"c\\"}"}},
                  {"id":"call_def","type":"function","function":{"name":"get_time","arguments":"{}"}}]}""")));

        Exchange result = ask("");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isNull();
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOOL_CALLS)).isInstanceOf(List.class);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOOL_CALLS, List.class)).containsExactly(
                new ChatCompletionToolCall(0, "call_abc", "function", "get_weather",
                        "{\"city\": \"Paris\",  \"unit\":\"c\"}"),
                new ChatCompletionToolCall(1, "call_def", "function", "get_time", "{}"));
    }

    @Test
    void theSimpleExpressionOfTheDocsReadsNameAndArguments() {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(new ChatCompletionToolCall(0, "call_abc", "function", "get_weather", "{}"));

        String line = context.resolveLanguage("simple").createExpression("call ${body.name}(${body.arguments})")
                .evaluate(exchange, String.class);

        assertThat(line).isEqualTo("call get_weather({})");
    }

    @Test
    void anEmptyToolCallListGivesAnEmptyListHeader() {
        stubChat(json(200, Bodies.withMessage("{\"role\":\"assistant\",\"content\":\"Hi\",\"tool_calls\":[]}")));

        Exchange result = ask("");

        assertThat(result.getMessage().getBody()).isEqualTo("Hi");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOOL_CALLS)).isEqualTo(List.of());
    }

    @Test
    void noToolCallsKeyGivesNoHeader() {
        stubChat(json(200, Bodies.withMessage("{\"role\":\"assistant\",\"content\":\"Hi\"}")));

        Exchange result = ask("");

        assertThat(result.getMessage().getBody()).isEqualTo("Hi");
        assertThat(result.getMessage().getHeaders()).doesNotContainKey(ChatCompletionConstants.TOOL_CALLS);
    }
}
