package io.camelchat.chatcompletion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The option and header tables of docs/chatcompletion-component.adoc are the catalog JSON the build generates, so a
 * renamed or newly documented option fails the build until the docs follow. Run with -Ddocs.update=true to rewrite
 * the tables from the catalog.
 */
class DocsTablesMatchCatalogTest {

    private static final Path DOC = Path.of("..", "docs", "chatcompletion-component.adoc");
    private static final String CATALOG = "/META-INF/io/camelchat/chatcompletion/chatcompletion.json";

    @Test
    void tablesAreTheCatalog() throws IOException {
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream(CATALOG)) {
            catalog = new ObjectMapper().readTree(in);
        }
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String expected = doc;
        expected = replaceSection(expected, "component options", optionTable(catalog.get("componentProperties")));
        expected = replaceSection(expected, "endpoint options", optionTable(catalog.get("properties")));
        expected = replaceSection(expected, "message headers", headerTable(catalog.get("headers")));
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(doc).as("docs tables differ from the catalog: run mvn test -Dtest=DocsTablesMatchCatalogTest "
                            + "-Ddocs.update=true and review the change").isEqualTo(expected);
    }

    private static String replaceSection(String doc, String name, String table) {
        String start = "// " + name + ": START\n";
        String end = "// " + name + ": END";
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        assertThat(from).as("marker " + start.strip() + " in " + DOC).isNotNegative();
        assertThat(to).as("marker " + end + " in " + DOC).isGreaterThan(from);
        return doc.substring(0, from + start.length()) + table + doc.substring(to);
    }

    private static String optionTable(JsonNode options) {
        StringBuilder table = new StringBuilder("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n"
                                                + "| Name | Description | Default | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            JsonNode o = option.getValue();
            table.append("| *").append(option.getKey()).append("* (").append(o.path("group").asText()).append(")")
                    .append(" | ").append(cell(o.path("description").asText()))
                    .append(" | ").append(cell(o.path("defaultValue").asText("")))
                    .append(" | ").append(cell(o.path("type").asText())).append('\n');
        }
        return table.append("|===\n").toString();
    }

    private static String headerTable(JsonNode headers) {
        StringBuilder table = new StringBuilder("[width=\"100%\",cols=\"3,5,2\",options=\"header\"]\n|===\n"
                                                + "| Name | Description | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> header = it.next();
            table.append("| `").append(header.getKey()).append("` | ")
                    .append(cell(header.getValue().path("description").asText())).append(" | ")
                    .append(cell(header.getValue().path("javaType").asText())).append('\n');
        }
        return table.append("|===\n").toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
