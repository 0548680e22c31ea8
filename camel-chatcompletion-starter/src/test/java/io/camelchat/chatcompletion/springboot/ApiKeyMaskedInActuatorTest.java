package io.camelchat.chatcompletion.springboot;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API key never shows in the actuator {@code env} and {@code configprops} endpoints: not with Spring Boot's default
 * ({@code show-values=NEVER}, everything masked) and not with {@code show-values=ALWAYS}, where Boot itself would show
 * it and the starter's SanitizingFunction masks it.
 */
class ApiKeyMaskedInActuatorTest {

    static final String KEY = "sk-live-do-not-show-4711";

    static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** Both endpoints' full answers, plus the single env entry, as JSON text. */
    static String dump(EnvironmentEndpoint env, ConfigurationPropertiesReportEndpoint configprops) throws Exception {
        return JSON.writeValueAsString(env.environment(null))
               + JSON.writeValueAsString(env.environmentEntry("camel.component.chatcompletion.api-key"))
               + JSON.writeValueAsString(configprops.configurationProperties());
    }

    @Nested
    @SpringBootTest(classes = TestApplication.class, properties = {
            "camel.component.chatcompletion.api-key=" + KEY,
            "camel.component.chatcompletion.base-url=http://visible.example:8080",
            "management.endpoints.web.exposure.include=env,configprops",
            "management.endpoints.jmx.exposure.include=env,configprops",
            "management.endpoint.env.show-values=ALWAYS",
            "management.endpoint.configprops.show-values=ALWAYS" })
    class WithShowValuesAlways {

        @Autowired
        EnvironmentEndpoint env;
        @Autowired
        ConfigurationPropertiesReportEndpoint configprops;
        @Autowired
        Environment environment;
        @Autowired
        ApplicationContext applicationContext;

        @Test
        void apiKeyIsMaskedWhileOtherValuesShow() throws Exception {
            String dump = dump(env, configprops);
            assertThat(dump).contains("http://visible.example:8080").contains("camel.component.chatcompletion")
                    .doesNotContain(KEY);
            assertThat(JSON.writeValueAsString(env.environmentEntry("camel.component.chatcompletion.api-key")))
                    .contains("******");
        }

        @Test
        void withoutTheStartersSanitizerBootWouldShowTheKey() throws Exception {
            EnvironmentEndpoint bare = new EnvironmentEndpoint(environment, List.of(), Show.ALWAYS);
            assertThat(JSON.writeValueAsString(bare.environmentEntry("camel.component.chatcompletion.api-key")))
                    .contains(KEY);
            ConfigurationPropertiesReportEndpoint bareConfigprops
                    = new ConfigurationPropertiesReportEndpoint(List.of(), Show.ALWAYS);
            bareConfigprops.setApplicationContext(applicationContext);
            assertThat(JSON.writeValueAsString(bareConfigprops.configurationProperties())).contains(KEY);
        }
    }

    @Nested
    @SpringBootTest(classes = TestApplication.class, properties = {
            "camel.component.chatcompletion.apiKey=" + KEY,
            "management.endpoints.web.exposure.include=env,configprops",
            "management.endpoints.jmx.exposure.include=env,configprops" })
    class WithBootDefaults {

        @Autowired
        EnvironmentEndpoint env;
        @Autowired
        ConfigurationPropertiesReportEndpoint configprops;

        @Test
        void apiKeyIsMasked() throws Exception {
            assertThat(dump(env, configprops)).contains("camel.component.chatcompletion").doesNotContain(KEY);
        }
    }
}
