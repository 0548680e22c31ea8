package io.camelchat.chatcompletion.springboot;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The properties class and the spring-configuration-metadata.json the build produced from its Javadoc agree with the
 * component catalog: every catalog option is there under its kebab-case name, with the same description, the same
 * default and a matching Java type, and there is nothing else. Fails when the component gains, loses or rewords an
 * option and the starter is not regenerated.
 */
class CatalogAgreementTest {

    private static final String PREFIX = "camel.component.chatcompletion.";
    /** The generator's type note at the end of a description, which the catalog does not carry. */
    private static final String TYPE_NOTE = "\\s*The option is a [\\w.<>, ]+ type(\\.|:.*)$";
    private static final Set<String> STARTER_ONLY = Set.of("enabled", "customizer.enabled");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, JsonNode> catalogOptions() throws Exception {
        try (InputStream in = CatalogAgreementTest.class.getResourceAsStream(
                "/META-INF/io/camelchat/chatcompletion/chatcompletion.json")) {
            assertThat(in).as("catalog JSON of the component on the class path").isNotNull();
            Map<String, JsonNode> options = new LinkedHashMap<>();
            JSON.readTree(in).get("componentProperties").properties()
                    .forEach(option -> options.put(option.getKey(), option.getValue()));
            return options;
        }
    }

    private static Map<String, JsonNode> metadataProperties() throws Exception {
        Path classes = Path.of(ChatCompletionComponentConfiguration.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        JsonNode metadata = JSON.readTree(Files.readString(
                classes.resolve("META-INF/spring-configuration-metadata.json")));
        Map<String, JsonNode> properties = new HashMap<>();
        for (Iterator<JsonNode> it = metadata.get("properties").elements(); it.hasNext();) {
            JsonNode property = it.next();
            properties.put(property.get("name").asText(), property);
        }
        return properties;
    }

    private static String normalized(String description) {
        return description.replaceAll("\\s+", " ").replaceAll(TYPE_NOTE, "").trim();
    }

    @Test
    void everyCatalogOptionIsInTheMetadataWithItsDescriptionAndDefault() throws Exception {
        Map<String, JsonNode> metadata = metadataProperties();
        for (Map.Entry<String, JsonNode> option : catalogOptions().entrySet()) {
            String name = PREFIX + StringHelper.camelCaseToDash(option.getKey());
            JsonNode catalog = option.getValue();
            JsonNode property = metadata.get(name);
            assertThat(property).as(name + " in spring-configuration-metadata.json").isNotNull();
            assertThat(normalized(property.path("description").asText()))
                    .as("description of " + name).isEqualTo(normalized(catalog.get("description").asText()));
            assertDefault(name, catalog, property);
        }
    }

    private static void assertDefault(String name, JsonNode catalog, JsonNode property) {
        JsonNode catalogDefault = catalog.get("defaultValue");
        JsonNode starterDefault = property.get("defaultValue");
        if (catalogDefault == null) {
            assertThat(starterDefault).as("default of " + name).isNull();
        } else if ("duration".equals(catalog.get("type").asText())) {
            assertThat(starterDefault).as("default of " + name).isNotNull();
            assertThat(DurationStyle.detectAndParse(starterDefault.asText()))
                    .as("default of " + name).isEqualTo(Duration.ofMillis(catalogDefault.asLong()));
        } else {
            assertThat(starterDefault).as("default of " + name).isNotNull();
            assertThat(starterDefault.asText()).as("default of " + name).isEqualTo(catalogDefault.asText());
        }
    }

    @Test
    void theMetadataHasNoOptionTheCatalogLacks() throws Exception {
        Set<String> expected = new TreeSet<>();
        catalogOptions().keySet().forEach(option -> expected.add(PREFIX + StringHelper.camelCaseToDash(option)));
        STARTER_ONLY.forEach(option -> expected.add(PREFIX + option));
        assertThat(new TreeSet<>(metadataProperties().keySet())).isEqualTo(expected);
    }

    @Test
    void nestedMapsAndTheSwitchAreDescribed() throws Exception {
        Map<String, JsonNode> metadata = metadataProperties();
        assertThat(metadata.get(PREFIX + "extra-header").get("type").asText()).startsWith("java.util.Map<");
        assertThat(metadata.get(PREFIX + "extra-body").get("type").asText()).startsWith("java.util.Map<");
        assertThat(metadata.get(PREFIX + "enabled").get("description").asText()).isNotBlank();
    }

    @Test
    void everyCatalogOptionIsAFieldOfTheMatchingType() throws Exception {
        for (Map.Entry<String, JsonNode> option : catalogOptions().entrySet()) {
            Field field = ChatCompletionComponentConfiguration.class.getDeclaredField(option.getKey());
            String catalogType = option.getValue().get("javaType").asText();
            String expected = switch (option.getValue().get("type").asText()) {
                case "duration" -> Duration.class.getName();
                default -> switch (catalogType) {
                    case "int" -> Integer.class.getName();
                    case "long" -> Long.class.getName();
                    case "boolean" -> Boolean.class.getName();
                    case "double" -> Double.class.getName();
                    default -> catalogType.replaceAll("<.*>", "");
                };
            };
            assertThat(field.getType().getName()).as("type of " + option.getKey()).isEqualTo(expected);
        }
    }
}
