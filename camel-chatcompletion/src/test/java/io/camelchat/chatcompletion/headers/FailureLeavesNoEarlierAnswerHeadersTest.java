package io.camelchat.chatcompletion.headers;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two calls in one route, the second failing: the exchange keeps no answer header of the first call, and
 * CamelHttpResponseCode is the failure's status.
 */
class FailureLeavesNoEarlierAnswerHeadersTest extends ChatCallTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to(chatUri(MODEL, ""))
                        .setBody(constant("second"))
                        .to(chatUri(MODEL, "&maxRetries=0"));
            }
        };
    }

    @Test
    void failedSecondCallRemovesTheFirstCallsHeaders() {
        wireMock.stubFor(post(urlEqualTo(CHAT_PATH)).inScenario("calls").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(Bodies.envelope("first answer"))).willSetStateTo("failing"));
        wireMock.stubFor(post(urlEqualTo(CHAT_PATH)).inScenario("calls").whenScenarioStateIs("failing")
                .willReturn(json(400, "{\"error\":{\"message\":\"bad request\"}}")));

        Exchange result = template.request("direct:start", e -> e.getMessage().setBody("first"));

        assertThat(failureOf(result).getHttpStatus()).isEqualTo(400);
        assertThat(result.getMessage().getHeaders()).doesNotContainKeys(ChatCompletionConstants.ID,
                ChatCompletionConstants.FINISH_REASON, ChatCompletionConstants.TOTAL_TOKENS,
                ChatCompletionConstants.PROMPT_TOKENS, ChatCompletionConstants.CONTENT,
                ChatCompletionConstants.ENVELOPE_SUCCESS, ChatCompletionConstants.RESPONSE_MODEL);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.HTTP_RESPONSE_CODE)).isEqualTo(400);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ATTEMPTS)).isEqualTo(1);
    }
}
