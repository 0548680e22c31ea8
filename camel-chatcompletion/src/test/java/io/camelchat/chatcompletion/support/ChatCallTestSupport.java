package io.camelchat.chatcompletion.support;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.camelchat.chatcompletion.ChatCompletionException;
import org.apache.camel.Exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the chatcompletion endpoint straight from the producer template against one stubbed answer.
 */
public abstract class ChatCallTestSupport extends WireMockCamelTestSupport {

    public static final String MODEL = "gpt-3.5-turbo";

    /** Stubs the chat path with the given answer. */
    protected static void stubChat(ResponseDefinitionBuilder response) {
        wireMock.stubFor(post(urlEqualTo(CHAT_PATH)).willReturn(response));
    }

    /** An answer with the status and a JSON body. */
    protected static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Sends the prompt "Hello!" to the stub through an endpoint with the given options (each starting with &amp;). */
    protected Exchange ask(String options) {
        return template.request(chatUri(MODEL, options), e -> e.getMessage().setBody("Hello!"));
    }

    /** The exchange's exception, which must be a {@link ChatCompletionException}. */
    protected static ChatCompletionException failureOf(Exchange exchange) {
        assertThat(exchange.getException()).isInstanceOf(ChatCompletionException.class);
        return (ChatCompletionException) exchange.getException();
    }
}
