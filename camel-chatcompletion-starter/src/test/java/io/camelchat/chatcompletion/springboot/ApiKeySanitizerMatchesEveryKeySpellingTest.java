package io.camelchat.chatcompletion.springboot;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter's SanitizingFunction masks the API key under every spelling Spring Boot binds, and nothing else. */
class ApiKeySanitizerMatchesEveryKeySpellingTest {

    private final SanitizingFunction sanitizer = new ChatCompletionActuatorAutoConfiguration()
            .chatCompletionApiKeySanitizer();
    private final MapPropertySource source = new MapPropertySource("test", Map.of());

    private Object sanitized(String key) {
        return sanitizer.apply(new SanitizableData(source, key, "sk-value")).getValue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "camel.component.chatcompletion.api-key", "camel.component.chatcompletion.apiKey",
            "camel.component.chatcompletion.apikey", "CAMEL_COMPONENT_CHATCOMPLETION_APIKEY",
            "CAMEL_COMPONENT_CHATCOMPLETION_API_KEY" })
    void masksTheApiKey(String key) {
        assertThat(sanitized(key)).isEqualTo(SanitizableData.SANITIZED_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "camel.component.chatcompletion.base-url", "camel.component.chatcompletion.user",
            "camel.component.kafka.api-key", "apiKey" })
    void leavesOtherKeysOfAPropertySourceAlone(String key) {
        assertThat(sanitized(key)).isEqualTo("sk-value");
    }
}
