package io.camelchat.chatcompletion.examples.gateway;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.examples.kafka.ReviewInsight;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded gateway (vendor envelope) answers structured-output requests with JSON that fits the schema, in native
 * mode (schema in response_format) and in prompt mode (schema in the system message), and {@code [fault:badjson]}
 * gives invalid JSON once, which the component repairs.
 */
class GatewayAnswersStructuredOutputTest extends CamelTestSupport {

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
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        ChatCompletionComponent component = new ChatCompletionComponent();
        component.getConfiguration().setBaseUrl(gateway.baseUrl());
        component.getConfiguration().setApiKey(EmbeddedGateway.API_KEY);
        component.getConfiguration().setMaxRetries(0);
        context.addComponent("chatcompletion", component);
        return context;
    }

    private Exchange ask(String mode, String prompt) {
        return template.request("chatcompletion:gpt-4o-mini?structuredOutput=" + mode + "&outputClass="
                                + ReviewInsight.class.getName(), e -> e.getMessage().setBody(prompt));
    }

    @Test
    void nativeModeAnswerFitsTheSchema() {
        Exchange result = ask("native", "Classify this 5-star review of a kettle: Boils water in no time, lovely");

        assertThat(result.getException()).isNull();
        ReviewInsight insight = result.getMessage().getBody(ReviewInsight.class);
        assertThat(insight.sentiment()).isEqualTo(ReviewInsight.Sentiment.positive);
        assertThat(insight.score()).isEqualTo(5);
        assertThat(insight.summary()).isEqualTo("Boils water in no time, lovely");
        assertThat(insight.topics()).containsExactly("lovely");
    }

    @Test
    void promptModeAnswerFitsTheSchema() {
        Exchange result = ask("prompt", "Classify this 1-star review of a lamp: Flickers constantly, returned it");

        assertThat(result.getException()).isNull();
        ReviewInsight insight = result.getMessage().getBody(ReviewInsight.class);
        assertThat(insight.sentiment()).isEqualTo(ReviewInsight.Sentiment.negative);
        assertThat(insight.score()).isEqualTo(1);
        assertThat(insight.topics()).containsExactly("flickers", "constantly", "returned");
    }

    @Test
    void badJsonFaultIsRepairedOnce() {
        Exchange result = ask("prompt", "Classify this 3-star review of a mug: Fine but small [fault:badjson]");

        assertThat(result.getException()).isNull();
        ReviewInsight insight = result.getMessage().getBody(ReviewInsight.class);
        assertThat(insight.sentiment()).isEqualTo(ReviewInsight.Sentiment.neutral);
        assertThat(insight.summary()).isEqualTo("Fine but small");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.STRUCTURED_OUTPUT_REPAIRS)).isEqualTo(1);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ATTEMPTS)).isEqualTo(2);
    }
}
