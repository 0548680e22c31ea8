package io.camelchat.chatcompletion.springboot;

import java.util.Locale;
import java.util.Map;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the chatcompletion component from {@code camel.component.chatcompletion.*}: a {@link ComponentCustomizer}
 * copies onto the component only the options the application set, so a component bean of the application keeps its
 * own values for the rest. Off with {@code camel.component.chatcompletion.enabled=false} (or
 * {@code camel.component.enabled=false}); the customizer alone is off with
 * {@code camel.component.chatcompletion.customizer.enabled=false}.
 * <p>
 * In the style of camel-spring-boot's generated component starters (camel-spring-boot-generator-maven-plugin 4.17.0
 * output, updated to {@code @AutoConfiguration} with constructor injection).
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, ChatCompletionComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, ChatCompletionComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.chatcompletion" })
public class ChatCompletionComponentAutoConfiguration {

    /** The prefix of every option of this starter. */
    static final String PREFIX = "camel.component.chatcompletion";

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final ChatCompletionComponentConfiguration configuration;

    public ChatCompletionComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
                                                    ChatCompletionComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    /** The customizer that copies the options the application set onto every chatcompletion component. */
    @Lazy
    @Bean
    public ComponentCustomizer configureChatCompletionComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, optionsSet(), target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        PREFIX + ".customizer")
                       && target instanceof ChatCompletionComponent;
            }
        };
    }

    /** The non-null options of the properties class that a property source of the application names. */
    private Map<String, Object> optionsSet() {
        Map<String, Object> options = CamelPropertiesHelper.getNonNullProperties(camelContext, configuration);
        options.keySet().removeIf(option -> "enabled".equals(option) || "customizer".equals(option));
        options.keySet().removeIf(option -> !isSet(option));
        return options;
    }

    private boolean isSet(String option) {
        ConfigurationPropertyName key = ConfigurationPropertyName
                .of(PREFIX + "." + StringHelper.camelCaseToDash(option).toLowerCase(Locale.ROOT));
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(applicationContext.getEnvironment())) {
            if (source.getConfigurationProperty(key) != null
                || source.containsDescendantOf(key) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }
}
