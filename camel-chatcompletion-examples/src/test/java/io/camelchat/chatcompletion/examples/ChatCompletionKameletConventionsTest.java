package io.camelchat.chatcompletion.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.InputFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code chatcompletion-action} Kamelet, as Maven filtered it onto the class path, follows the rules the
 * apache/camel-kamelets validator ({@code script/validator/validator.go}) enforces on catalog Kamelets, and its
 * defaults and choices match the component's options. The project version comes from surefire
 * ({@code -Dproject.version}), so the check follows each release.
 */
class ChatCompletionKameletConventionsTest {

    private static final String NAME = "chatcompletion-action";
    private static final String RESOURCE = "kamelets/" + NAME + ".kamelet.yaml";
    /** The validator's placeholder pattern: {{name}}, {{?name}} and {{name:default}}. */
    private static final Pattern PARAM = Pattern.compile("\\{\\{[?]?([A-Za-z0-9-._]+)(?:[:][^}]*)?}}");
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "for",
            "and", "or", "with", "by");

    private static JsonNode kamelet;

    @BeforeAll
    static void readFilteredKamelet() throws IOException {
        try (InputStream in = ChatCompletionKameletConventionsTest.class.getClassLoader()
                .getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the class path").isNotNull();
            kamelet = new YAMLMapper().readTree(in);
        }
    }

    private static String projectVersion() {
        String version = System.getProperty("project.version");
        assertThat(version).as("surefire passes -Dproject.version").isNotBlank();
        return version;
    }

    private static JsonNode properties() {
        return kamelet.path("spec").path("definition").path("properties");
    }

    @Test
    void isAnActionKameletNamedLikeItsFile() {
        assertThat(kamelet.path("apiVersion").asText()).isEqualTo("camel.apache.org/v1");
        assertThat(kamelet.path("kind").asText()).isEqualTo("Kamelet");
        assertThat(kamelet.path("metadata").path("name").asText()).isEqualTo(NAME);
        assertThat(kamelet.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText())
                .isEqualTo("action");
        JsonNode definition = kamelet.path("spec").path("definition");
        assertThat(definition.path("type").asText()).isEqualTo("object");
        assertThat(definition.path("title").asText()).endsWith("Action");
        assertThat(definition.path("description").asText()).isNotBlank();
    }

    @Test
    void annotationsCarryIconCatalogVersionProviderGroupAndSupportLevel() {
        JsonNode annotations = kamelet.path("metadata").path("annotations");

        String icon = annotations.path("camel.apache.org/kamelet.icon").asText();
        assertThat(icon).startsWith("data:image/svg+xml;base64,");
        String svg = new String(Base64.getDecoder().decode(icon.substring(icon.indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("</svg>");

        assertThat(annotations.path("camel.apache.org/catalog.version").asText()).isEqualTo(projectVersion());
        assertThat(annotations.path("camel.apache.org/provider").asText()).isNotBlank();
        assertThat(annotations.path("camel.apache.org/kamelet.group").asText()).isNotBlank();
        assertThat(annotations.path("camel.apache.org/kamelet.support.level").asText())
                .isIn("Stable", "Preview", "Experimental");
    }

    @Test
    void everyPropertyHasACapitalisedTitleATypeAndADescription() {
        List<String> problems = new ArrayList<>();
        properties().properties().forEach(entry -> {
            String name = entry.getKey();
            JsonNode property = entry.getValue();
            String title = property.path("title").asText();
            if (title.isBlank()) {
                problems.add(name + ": no title");
            }
            if (title.startsWith("The ") || title.startsWith("A ") || title.startsWith("An ")) {
                problems.add(name + ": title starts with an article");
            }
            for (String word : title.split(" ")) {
                if (!word.isEmpty() && !TITLE_SMALL_WORDS.contains(word.toLowerCase())
                    && !Character.isUpperCase(word.charAt(0))) {
                    problems.add(name + ": title word not capitalised: " + word);
                }
            }
            if (!property.path("type").isTextual()) {
                problems.add(name + ": no type");
            }
            if (property.path("description").asText().isBlank()) {
                problems.add(name + ": no description");
            }
            if ("password".equals(property.path("format").asText())
                && !texts(property.path("x-descriptors")).contains("urn:camel:group:credentials")) {
                problems.add(name + ": password without the urn:camel:group:credentials descriptor");
            }
            JsonNode choices = property.path("enum");
            if (property.has("default") && choices.isArray()) {
                if (!texts(choices).contains(property.path("default").asText())) {
                    problems.add(name + ": default is not one of its enum values");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void requiredPropertiesAreDefinedAndListedOnce() {
        List<String> required = texts(kamelet.path("spec").path("definition").path("required"));

        assertThat(required).containsExactlyInAnyOrder("baseUrl", "model").doesNotHaveDuplicates();
        assertThat(required).allSatisfy(name -> assertThat(properties().has(name)).as(name).isTrue());
    }

    @Test
    void templateUsesEveryDefinedPropertyAndNoOther() {
        Set<String> used = new TreeSet<>();
        collectPlaceholders(kamelet.path("spec").path("template"), used);
        Set<String> declared = new TreeSet<>();
        properties().fieldNames().forEachRemaining(declared::add);

        assertThat(used).isEqualTo(declared);
    }

    @Test
    void dependenciesNameCamelKameletAndTheComponentAtTheProjectVersion() {
        List<String> dependencies = texts(kamelet.path("spec").path("dependencies"));

        assertThat(dependencies).contains("camel:kamelet",
                "mvn:io.camelchat:camel-chatcompletion:" + projectVersion());
        assertThat(dependencies).noneMatch(dependency -> dependency.contains("@"));
    }

    @Test
    void chatPathAndInputFormatDefaultToTheComponentDefaults() {
        JsonNode chatPath = properties().path("chatPath");
        JsonNode inputFormat = properties().path("inputFormat");

        assertThat(chatPath.path("default").asText()).isEqualTo(ChatCompletionConfiguration.DEFAULT_CHAT_PATH);
        assertThat(inputFormat.path("default").asText()).isEqualTo(new ChatCompletionConfiguration()
                .getInputFormat().name());
        assertThat(texts(inputFormat.path("enum"))).containsExactly(
                Arrays.stream(InputFormat.values()).map(Enum::name).toArray(String[]::new));
    }

    private static void collectPlaceholders(JsonNode node, Set<String> names) {
        if (node.isTextual()) {
            Matcher matcher = PARAM.matcher(node.asText());
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        node.forEach(child -> collectPlaceholders(child, names));
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(field -> {
                Matcher matcher = PARAM.matcher(field);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            });
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
