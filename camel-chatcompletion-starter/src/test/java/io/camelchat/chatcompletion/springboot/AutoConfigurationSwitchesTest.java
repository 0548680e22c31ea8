package io.camelchat.chatcompletion.springboot;

import java.util.function.Consumer;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Relaxed names, the on/off switch, user customizers and a component bean of the application. */
class AutoConfigurationSwitchesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(CamelAutoConfiguration.class, ChatCompletionComponentAutoConfiguration.class,
                    ChatCompletionComponentConverter.class));

    private static ChatCompletionConfiguration componentConfig(AssertableApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("chatcompletion", ChatCompletionComponent.class)
                .getConfiguration();
    }

    private void check(Consumer<ChatCompletionConfiguration> assertions, String... properties) {
        runner.withPropertyValues(properties).run(context -> {
            assertThat(context).hasNotFailed();
            assertions.accept(componentConfig(context));
        });
    }

    @Test
    void camelCaseAndKebabCaseNamesBothBind() {
        check(config -> assertThat(config.getBaseUrl()).isEqualTo("http://camel.case:1"),
                "camel.component.chatcompletion.baseUrl=http://camel.case:1");
        check(config -> assertThat(config.getBaseUrl()).isEqualTo("http://kebab.case:1"),
                "camel.component.chatcompletion.base-url=http://kebab.case:1");
    }

    @Test
    void camelPlaceholderFromTheReadmeResolves() {
        // README: api-key={{env:CHATCOMPLETION_API_KEY}}; Camel resolves {{...}} when it sets the option
        check(config -> assertThat(config.getApiKey()).isEqualTo(System.getenv("PATH")).isNotBlank(),
                "camel.component.chatcompletion.api-key={{env:PATH}}");
    }

    @Test
    void millisecondOptionsTakePlainMillisAndDurations() {
        check(config -> {
            assertThat(config.getRequestTimeout()).isEqualTo(30000L);
            assertThat(config.getIdleTimeout()).isEqualTo(30000L);
            assertThat(config.getRetryMaxDelay()).isEqualTo(120000L);
            assertThat(config.getFirstTokenTimeout()).isEqualTo(1500L);
        }, "camel.component.chatcompletion.request-timeout=30s", "camel.component.chatcompletion.idle-timeout=30000",
                "camel.component.chatcompletion.retry-max-delay=2m",
                "camel.component.chatcompletion.first-token-timeout=1500ms");
    }

    @Test
    void enabledFalseTurnsTheAutoConfigurationOff() {
        runner.withPropertyValues("camel.component.chatcompletion.enabled=false",
                "camel.component.chatcompletion.base-url=http://ignored:1").run(context -> {
                    assertThat(context).doesNotHaveBean(ChatCompletionComponentConfiguration.class);
                    assertThat(componentConfig(context).getBaseUrl()).isNull();
                });
    }

    @Test
    void customizerEnabledFalseKeepsThePropertiesOffTheComponent() {
        runner.withPropertyValues("camel.component.chatcompletion.customizer.enabled=false",
                "camel.component.chatcompletion.base-url=http://ignored:1").run(context -> {
                    assertThat(context).hasSingleBean(ChatCompletionComponentConfiguration.class);
                    assertThat(componentConfig(context).getBaseUrl()).isNull();
                });
    }

    @Test
    void userComponentCustomizerRunsBesideTheProperties() {
        runner.withPropertyValues("camel.component.chatcompletion.base-url=http://from.properties:1")
                .withBean("myCustomizer", ComponentCustomizer.class,
                        () -> ComponentCustomizer.forType(ChatCompletionComponent.class,
                                component -> component.getConfiguration().setUser("from-customizer")))
                .run(context -> {
                    ChatCompletionConfiguration config = componentConfig(context);
                    assertThat(config.getBaseUrl()).isEqualTo("http://from.properties:1");
                    assertThat(config.getUser()).isEqualTo("from-customizer");
                });
    }

    @Test
    void componentBeanOfTheApplicationKeepsTheOptionsNotSet() {
        runner.withPropertyValues("camel.component.chatcompletion.base-url=http://from.properties:1")
                .withBean("chatcompletion", ChatCompletionComponent.class, () -> {
                    ChatCompletionComponent component = new ChatCompletionComponent();
                    component.getConfiguration().setChatPath("/v1/chat/completions");
                    component.getConfiguration().setConnectTimeout(1234);
                    return component;
                })
                .run(context -> {
                    ChatCompletionConfiguration config = componentConfig(context);
                    assertThat(config.getBaseUrl()).isEqualTo("http://from.properties:1");
                    assertThat(config.getChatPath()).isEqualTo("/v1/chat/completions");
                    assertThat(config.getConnectTimeout()).isEqualTo(1234L);
                });
    }

    @Test
    void mapKeysInBracketsKeepCaseDashesAndUnderscores() {
        check(config -> {
            assertThat(config.getExtraHeader()).containsEntry("X-Trace-Id", "abc").hasSize(1);
            assertThat(config.getExtraBody()).containsEntry("reasoning_effort", "low").hasSize(1);
        }, "camel.component.chatcompletion.extra-header[X-Trace-Id]=abc",
                "camel.component.chatcompletion.extra-body[reasoning_effort]=low");
    }

    @Test
    void mapKeysWithoutBracketsAreKeptAsWrittenInAPropertiesSource() {
        // Spring Boot 4 binds Map<String, Object> keys of a properties source as written; brackets are still the
        // documented form (and needed for keys with dots)
        check(config -> {
            assertThat(config.getExtraHeader()).containsOnlyKeys("X-Trace-Id");
            assertThat(config.getExtraBody()).containsOnlyKeys("reasoning_effort");
        }, "camel.component.chatcompletion.extra-header.X-Trace-Id=abc",
                "camel.component.chatcompletion.extra-body.reasoning_effort=low");
    }
}
