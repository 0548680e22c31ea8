package io.camelchat.chatcompletion.springboot;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the API key masked in the actuator {@code env} and {@code configprops} endpoints even with
 * {@code management.endpoint.env.show-values=ALWAYS} (Spring Boot masks no key by name itself). Active only when the
 * application has Spring Boot actuator.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class ChatCompletionActuatorAutoConfiguration {

    private static final ConfigurationPropertyName API_KEY
            = ConfigurationPropertyName.of(ChatCompletionComponentAutoConfiguration.PREFIX + ".api-key");

    /** Masks {@code camel.component.chatcompletion.api-key}, in any relaxed spelling, and the bound apiKey field. */
    @Bean
    public SanitizingFunction chatCompletionApiKeySanitizer() {
        return data -> isApiKey(data) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
    }

    static boolean isApiKey(SanitizableData data) {
        String key = data.getKey();
        if (key == null) {
            return false;
        }
        // configprops names the bound field by its Java name under the bean of our properties class
        if (data.getPropertySource() == null && "apiKey".equals(key)) {
            return true;
        }
        ConfigurationPropertyName name = ConfigurationPropertyName.adapt(key, '.');
        if (API_KEY.equals(name)) {
            return true;
        }
        // environment variables: CAMEL_COMPONENT_CHATCOMPLETION_APIKEY / _API_KEY
        String upper = key.replace("_", "").replace("-", "").replace(".", "").toLowerCase();
        return upper.equals("camelcomponentchatcompletionapikey");
    }
}
