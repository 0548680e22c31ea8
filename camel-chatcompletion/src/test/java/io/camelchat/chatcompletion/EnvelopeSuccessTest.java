package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.WireMockCamelTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeSuccessTest extends WireMockCamelTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(chatUri("gpt-3.5-turbo", ""));
            }
        };
    }

    @Test
    void unwrapsTheVendorEnvelopeAndMapsBodyAndHeaders() {
        wireMock.stubFor(post(urlEqualTo(CHAT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(Bodies.envelope("Hello there!"))));

        Exchange result = template.request("direct:start", e -> e.getMessage().setBody("Hello!"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("Hello there!");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ID)).isEqualTo("chatcmpl-123");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.RESPONSE_MODEL)).isEqualTo("gpt-3.5-turbo-0613");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.CREATED)).isEqualTo(1677652288L);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.PROMPT_TOKENS)).isEqualTo(9);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.COMPLETION_TOKENS)).isEqualTo(12);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS)).isEqualTo(21);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ENVELOPE_SUCCESS)).isEqualTo(true);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ENVELOPE_CODE)).isEqualTo("200");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ENVELOPE_MESSAGE)).isEqualTo("successful");
        assertThat(result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(result.getMessage().getHeaders()).doesNotContainKeys(
                ChatCompletionConstants.REASONING_CONTENT, ChatCompletionConstants.TOOL_CALLS);
    }
}
