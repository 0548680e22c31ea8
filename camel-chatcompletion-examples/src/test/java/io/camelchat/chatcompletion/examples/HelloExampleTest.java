package io.camelchat.chatcompletion.examples;

import java.util.Map;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hello example's route against the embedded gateway: a deterministic answer and its usage.
 */
class HelloExampleTest extends CamelTestSupport {

    private static ExampleSettings settings;

    @BeforeAll
    static void startGateway() {
        settings = ExampleSettings.fromEnvironment(Map.of());
    }

    @AfterAll
    static void stopGateway() {
        settings.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        ChatCompletionComponent component = new ChatCompletionComponent();
        component.getConfiguration().setBaseUrl(settings.baseUrl());
        component.getConfiguration().setApiKey(settings.apiKey());
        context.addComponent("chatcompletion", component);
        context.getPropertiesComponent().addInitialProperty("chat.model", settings.model());
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new HelloRoute();
    }

    @Test
    void answersFromTheEmbeddedGatewayWithUsage() {
        Exchange result = template.request("direct:hello", e -> e.getMessage().setBody("hello camel"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("You said: hello camel");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS)).isEqualTo(
                result.getMessage().getHeader(ChatCompletionConstants.PROMPT_TOKENS, Integer.class) + 4);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ENVELOPE_SUCCESS)).isEqualTo(true);
    }

    @Test
    void wholeExampleRunSucceeds() throws Exception {
        assertThat(ExamplesMain.run(new String[] { "ping" })).isTrue();
    }
}
