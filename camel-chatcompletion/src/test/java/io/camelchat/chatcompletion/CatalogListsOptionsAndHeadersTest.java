package io.camelchat.chatcompletion;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.support.Jsons;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogListsOptionsAndHeadersTest extends CamelTestSupport {

    private static final String[] OPTIONS = {
            "model", "baseUrl", "chatPath", "apiKey", "temperature", "topP", "maxTokens", "maxCompletionTokens", "user",
            "systemMessage", "stream", "envelope", "outputFormat", "extraBody", "extraHeader", "connectTimeout",
            "requestTimeout", "maxConcurrentRequests", "httpClient", "executorService" };

    private JsonNode catalog() throws Exception {
        String json = ((CatalogCamelContext) context).getComponentParameterJsonSchema("chatcompletion");
        assertThat(json).as("catalog JSON").isNotBlank();
        return Jsons.parse(json);
    }

    @Test
    void everyOptionIsListedWithADescription() throws Exception {
        JsonNode properties = catalog().path("properties");

        for (String option : OPTIONS) {
            assertThat(properties.has(option)).as("option %s listed", option).isTrue();
            assertThat(properties.path(option).path("description").asText()).as("description of %s", option)
                    .isNotBlank();
        }
        assertThat(properties.path("model").path("kind").asText()).isEqualTo("path");
        assertThat(properties.path("baseUrl").path("required").asBoolean()).isTrue();
        assertThat(properties.path("apiKey").path("secret").asBoolean()).isTrue();
        assertThat(properties.path("envelope").path("enum")).isEqualTo(Jsons.parse("[\"auto\",\"always\",\"never\"]"));
        assertThat(properties.path("envelope").path("defaultValue").asText()).isEqualTo("auto");
        assertThat(properties.path("outputFormat").path("enum"))
                .isEqualTo(Jsons.parse("[\"content\",\"response\",\"json\"]"));
        assertThat(properties.path("extraBody").path("prefix").asText()).isEqualTo("extraBody.");
        assertThat(properties.path("extraBody").path("multiValue").asBoolean()).isTrue();
        assertThat(properties.path("extraHeader").path("prefix").asText()).isEqualTo("extraHeader.");
        assertThat(properties.path("extraHeader").path("multiValue").asBoolean()).isTrue();
        assertThat(properties.path("httpClient").path("autowired").asBoolean())
                .as("a client is used only when named, never picked from the registry").isFalse();
        assertThat(properties.path("inputFormat").path("defaultValue").asText()).isEqualTo("prompt");
    }

    @Test
    void everyHeaderConstantIsListedWithADescription() throws Exception {
        JsonNode headers = catalog().path("headers");
        List<String> constants = new ArrayList<>();
        for (Field field : ChatCompletionConstants.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }

        assertThat(constants).hasSizeGreaterThanOrEqualTo(20);
        for (String header : constants) {
            assertThat(headers.has(header)).as("header %s listed", header).isTrue();
            assertThat(headers.path(header).path("description").asText()).as("description of %s", header)
                    .isNotBlank();
        }
    }
}
