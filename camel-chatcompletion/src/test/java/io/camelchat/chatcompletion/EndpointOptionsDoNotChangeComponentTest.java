package io.camelchat.chatcompletion;

import java.util.Map;

import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointOptionsDoNotChangeComponentTest extends CamelTestSupport {

    private static final String BASE_URL = "http://localhost:1";

    @Test
    void endpointWorksOnItsOwnCopyOfTheComponentConfiguration() {
        ChatCompletionComponent component = context.getComponent("chatcompletion", ChatCompletionComponent.class);
        ChatCompletionConfiguration defaults = component.getConfiguration();
        defaults.setBaseUrl(BASE_URL);
        defaults.setTemperature(0.5);
        defaults.getExtraBody().put("seed", "1");
        defaults.getExtraHeader().put("X-Team", "a");

        ChatCompletionEndpoint overriding = context.getEndpoint("chatcompletion:m1?temperature=0.9&maxTokens=5"
                                                                + "&baseUrl=http://other:8080&apiKey=k1&user=u1"
                                                                + "&extraBody.seed=42&extraBody.x=y&extraHeader.X-Trace=t",
                ChatCompletionEndpoint.class);
        ChatCompletionEndpoint plain = context.getEndpoint("chatcompletion:m2", ChatCompletionEndpoint.class);

        ChatCompletionConfiguration own = overriding.getConfiguration();
        assertThat(own).isNotSameAs(defaults);
        assertThat(own.getTemperature()).isEqualTo(0.9);
        assertThat(own.getMaxTokens()).isEqualTo(5);
        assertThat(own.getBaseUrl()).isEqualTo("http://other:8080");
        assertThat(own.getExtraBody()).isEqualTo(Map.of("seed", "42", "x", "y"));
        assertThat(own.getExtraHeader()).isEqualTo(Map.of("X-Team", "a", "X-Trace", "t"));

        assertThat(defaults.getModel()).isNull();
        assertThat(defaults.getTemperature()).isEqualTo(0.5);
        assertThat(defaults.getMaxTokens()).isNull();
        assertThat(defaults.getApiKey()).isNull();
        assertThat(defaults.getUser()).isNull();
        assertThat(defaults.getBaseUrl()).isEqualTo(BASE_URL);
        assertThat(defaults.getExtraBody()).isEqualTo(Map.of("seed", "1"));
        assertThat(defaults.getExtraHeader()).isEqualTo(Map.of("X-Team", "a"));

        ChatCompletionConfiguration second = plain.getConfiguration();
        assertThat(second).isNotSameAs(defaults).isNotSameAs(own);
        assertThat(second.getModel()).isEqualTo("m2");
        assertThat(second.getTemperature()).isEqualTo(0.5);
        assertThat(second.getMaxTokens()).isNull();
        assertThat(second.getBaseUrl()).isEqualTo(BASE_URL);
        assertThat(second.getExtraBody()).isEqualTo(Map.of("seed", "1"));
    }

    @Test
    void extraMapsAreNotShared() {
        ChatCompletionComponent component = context.getComponent("chatcompletion", ChatCompletionComponent.class);
        component.getConfiguration().setBaseUrl(BASE_URL);
        component.getConfiguration().getExtraBody().put("seed", "1");
        ChatCompletionEndpoint first = context.getEndpoint("chatcompletion:m1", ChatCompletionEndpoint.class);
        ChatCompletionEndpoint second = context.getEndpoint("chatcompletion:m2", ChatCompletionEndpoint.class);

        first.getConfiguration().getExtraBody().put("seed", "99");
        first.getConfiguration().getExtraBody().put("added", "x");
        first.getConfiguration().getExtraHeader().put("X-Added", "x");

        assertThat(component.getConfiguration().getExtraBody()).isEqualTo(Map.of("seed", "1"));
        assertThat(component.getConfiguration().getExtraHeader()).isEmpty();
        assertThat(second.getConfiguration().getExtraBody()).isEqualTo(Map.of("seed", "1"));
        assertThat(second.getConfiguration().getExtraHeader()).isEmpty();
    }
}
