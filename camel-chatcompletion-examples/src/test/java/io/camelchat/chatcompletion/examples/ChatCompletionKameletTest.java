package io.camelchat.chatcompletion.examples;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.examples.gateway.EmbeddedGateway;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code chatcompletion-action} Kamelet (loaded from {@code classpath:kamelets/}, camel-kamelet 4.18.1) against
 * the embedded gateway: required parameters only, then with the optional ones set.
 */
class ChatCompletionKameletTest extends CamelTestSupport {

    private static EmbeddedGateway gateway;

    @BeforeAll
    static void startGateway() {
        gateway = EmbeddedGateway.vendor();
    }

    @AfterAll
    static void stopGateway() {
        gateway.close();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String base = "kamelet:chatcompletion-action?baseUrl=" + gateway.baseUrl() + "&model=gpt-4o-mini"
                              + "&apiKey=" + EmbeddedGateway.API_KEY;
                from("direct:required").to(base);
                from("direct:optional").to(base + "&systemMessage=Be brief.&temperature=0.2&stream=true"
                                           + "&envelope=auto");
            }
        };
    }

    @Test
    void answersWithTheRequiredParameters() {
        Exchange result = template.request("direct:required", e -> e.getMessage().setBody("hello kamelet"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("You said: hello kamelet");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ENVELOPE_SUCCESS)).isEqualTo(true);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS, Integer.class)).isPositive();
    }

    @Test
    void passesTheOptionalParameters() {
        Exchange result = template.request("direct:optional", e -> e.getMessage().setBody("stream me"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("You said: stream me");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS, Integer.class)).isPositive();
    }
}
