package io.camelchat.chatcompletion.examples;

import java.util.List;

import io.camelchat.chatcompletion.examples.hello.HelloExample;
import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.examples.gateway.GatewayOptions;
import io.camelchat.chatcompletion.examples.hello.HelloRoute;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
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
        settings = ExampleSettings.embedded(GatewayOptions.vendor(), "gpt-4o-mini");
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
    void yamlTwinGivesTheSameAnswer() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("classpath:routes/hello.yaml"));

        Exchange result = template.request("direct:hello-yaml", e -> e.getMessage().setBody("hello yaml"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("You said: hello yaml");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS, Integer.class)).isPositive();
    }

    @Test
    void helloExampleRunsJavaAndYamlRoutes() {
        ExampleOutcome outcome = new ExampleRunner(settings).run(new HelloExample(List.of("ping")));

        assertThat(outcome.ok()).as(outcome.detail()).isTrue();
        assertThat(outcome.recordsOut()).isEqualTo(2);
    }
}
