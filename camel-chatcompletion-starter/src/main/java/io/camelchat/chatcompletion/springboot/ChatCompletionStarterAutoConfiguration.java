package io.camelchat.chatcompletion.springboot;

import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindHandlerAdvisor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the generated auto-configuration cannot say: durations for the millisecond options, and, when Spring Boot
 * Actuator is present, the API key and the extra HTTP header values masked in its {@code env} and
 * {@code configprops} endpoints whatever {@code show-values} says.
 */
@AutoConfiguration(before = ChatCompletionComponentAutoConfiguration.class)
public class ChatCompletionStarterAutoConfiguration {

    @Bean
    static ConfigurationPropertiesBindHandlerAdvisor chatCompletionDurationBinding() {
        return DurationPropertiesBindHandler::new;
    }

    /** Masks the component's secrets in Actuator's endpoints. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class ActuatorSanitizing {

        @Bean
        SanitizingFunction chatCompletionSecrets() {
            return data -> isSecret(data) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
        }

        private static boolean isSecret(SanitizableData data) {
            String key = data.getKey().toLowerCase(Locale.ROOT).replace("-", "");
            // env: the full property name; configprops: the property name inside its prefix
            return key.equals("camel.component.chatcompletion.apikey") || key.equals("apikey")
                   || key.startsWith("camel.component.chatcompletion.extraheader");
        }
    }
}
