package io.camelchat.chatcompletion.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's Spring Boot metadata (what IDEs complete and document) lists every component option of the
 * component's catalog with the catalog's description and default, and nothing else but the starter's own switches.
 * Fails when an option was added to the component without running regenerate-autoconfiguration.sh.
 */
class GeneratedPropertiesMatchCatalogTest {

    private static final String PREFIX = "camel.component.chatcompletion.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCatalogOptionIsAPropertyWithItsDescriptionAndDefault() throws IOException {
        JsonNode catalog = read("META-INF/io/camelchat/chatcompletion/chatcompletion.json").get("componentProperties");
        Map<String, JsonNode> metadata = new HashMap<>();
        read("META-INF/spring-configuration-metadata.json").get("properties").forEach(p -> {
            if (p.get("name").asText().startsWith(PREFIX)) {
                metadata.put(p.get("name").asText().substring(PREFIX.length()), p);
            }
        });

        Set<String> expected = new HashSet<>(Set.of("enabled", "customizer.enabled"));
        catalog.properties().forEach(option -> {
            String name = dashed(option.getKey());
            expected.add(name);
            assertThat(metadata).as("Spring Boot property for option %s", option.getKey()).containsKey(name);
            JsonNode property = metadata.get(name);
            assertThat(property.path("description").asText()).as("description of %s", name)
                    .startsWith(option.getValue().get("description").asText());
            if (option.getValue().has("defaultValue")) {
                assertThat(property.path("defaultValue").asText()).as("default of %s", name)
                        .isEqualToIgnoringCase(option.getValue().get("defaultValue").asText());
            }
        });
        assertThat(metadata.keySet()).as("properties that are no catalog option").isEqualTo(expected);
    }

    private static String dashed(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = GeneratedPropertiesMatchCatalogTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }
}
