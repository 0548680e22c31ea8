package io.camelchat.chatcompletion.springboot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator's env and configprops endpoints, told to show every value, still mask the API key and the extra HTTP
 * header values, while they show the component's other properties.
 */
@SpringBootTest(classes = ChatRoutesApplication.class, properties = {
        "camel.component.chatcompletion.base-url=http://localhost:1",
        "camel.component.chatcompletion.api-key=sk-secret-in-properties",
        "camel.component.chatcompletion.extra-header[api-key]=azure-secret-in-header",
        "spring.jmx.enabled=true",
        "management.endpoints.jmx.exposure.include=env,configprops",
        "management.endpoint.env.show-values=ALWAYS",
        "management.endpoint.configprops.show-values=ALWAYS" })
class ActuatorNeverShowsTheKeyTest {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    @Autowired
    EnvironmentEndpoint env;

    @Autowired
    ConfigurationPropertiesReportEndpoint configprops;

    @Test
    void envMasksTheSecretsAndShowsTheRest() throws Exception {
        String dump = JSON.writeValueAsString(env.environment(null));

        assertThat(dump).contains("http://localhost:1")
                .doesNotContain("sk-secret-in-properties").doesNotContain("azure-secret-in-header");
    }

    @Test
    void configpropsMasksTheSecretsAndShowsTheRest() throws Exception {
        String dump = JSON.writeValueAsString(configprops.configurationProperties());

        assertThat(dump).contains("camel.component.chatcompletion").contains("http://localhost:1")
                .doesNotContain("sk-secret-in-properties").doesNotContain("azure-secret-in-header");
    }
}
