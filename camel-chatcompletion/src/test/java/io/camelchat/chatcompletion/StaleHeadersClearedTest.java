package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/** A second call in the same route removes the answer headers of the first that it does not set itself. */
class StaleHeadersClearedTest extends ChatCallTestSupport {

    private static final String FIRST = Bodies.wrap("""
            {"id":"chatcmpl-1","model":"m1","created":1,
             "choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":null,
               "reasoning_content":"thinking","tool_calls":[
                 {"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}]}}],
             "usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}""");
    private static final String SECOND = """
            {"id":"chatcmpl-2","choices":[{"index":0,"message":{"role":"assistant","content":"done"}}]}""";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(chatUri(MODEL, "")).to("mock:first").setBody(constant("again"))
                        .to(chatUri(MODEL, ""));
            }
        };
    }

    @Test
    void headersOfTheFirstAnswerAreGoneAfterTheSecond() throws Exception {
        wireMock.stubFor(post(urlEqualTo(CHAT_PATH)).inScenario("two calls").whenScenarioStateIs(STARTED)
                .willReturn(json(200, FIRST)).willSetStateTo("second"));
        wireMock.stubFor(post(urlEqualTo(CHAT_PATH)).inScenario("two calls").whenScenarioStateIs("second")
                .willReturn(json(200, SECOND)));
        MockEndpoint first = getMockEndpoint("mock:first");
        first.expectedMessageCount(1);
        first.expectedHeaderReceived(ChatCompletionConstants.REASONING_CONTENT, "thinking");
        first.expectedHeaderReceived(ChatCompletionConstants.ENVELOPE_CODE, "200");
        first.expectedHeaderReceived(ChatCompletionConstants.TOTAL_TOKENS, 3);

        Exchange result = template.request("direct:start", e -> e.getMessage().setBody("Hello!"));

        first.assertIsSatisfied();
        assertThat(first.getReceivedExchanges().get(0).getMessage().getHeader(ChatCompletionConstants.TOOL_CALLS))
                .asList().hasSize(1);
        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("done");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ID)).isEqualTo("chatcmpl-2");
        assertThat(result.getMessage().getHeaders()).doesNotContainKeys(
                ChatCompletionConstants.TOOL_CALLS, ChatCompletionConstants.REASONING_CONTENT,
                ChatCompletionConstants.FINISH_REASON, ChatCompletionConstants.RESPONSE_MODEL,
                ChatCompletionConstants.CREATED, ChatCompletionConstants.PROMPT_TOKENS,
                ChatCompletionConstants.COMPLETION_TOKENS, ChatCompletionConstants.TOTAL_TOKENS,
                ChatCompletionConstants.ENVELOPE_SUCCESS, ChatCompletionConstants.ENVELOPE_CODE,
                ChatCompletionConstants.ENVELOPE_MESSAGE);
    }
}
