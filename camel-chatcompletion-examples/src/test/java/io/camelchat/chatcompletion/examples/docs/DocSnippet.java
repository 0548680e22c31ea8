package io.camelchat.chatcompletion.examples.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Java code block of a Markdown ({@code ```java}) or AsciiDoc ({@code [source,java]} then {@code ----}) document,
 * with where it starts.
 */
record DocSnippet(Path file, int line, String code) {

    private static final Pattern MARKDOWN = Pattern.compile("(?m)^```java\\R(.*?)^```", Pattern.DOTALL);
    private static final Pattern ASCIIDOC = Pattern.compile("(?m)^\\[source,java\\]\\R----\\R(.*?)^----", Pattern.DOTALL);

    /** The repository root: the examples module's parent. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /** The Java snippets of README.md and of every document in docs/. */
    static List<DocSnippet> inReadmeAndDocs() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".adoc") || p.toString().endsWith(".md")).sorted()
                    .forEach(documents::add);
        }
        List<DocSnippet> snippets = new ArrayList<>();
        for (Path document : documents) {
            snippets.addAll(javaSnippetsOf(document));
        }
        return snippets;
    }

    /** The one snippet that contains {@code text}. */
    static DocSnippet containing(String text) throws IOException {
        List<DocSnippet> matches = inReadmeAndDocs().stream().filter(s -> s.code().contains(text)).toList();
        if (matches.size() != 1) {
            throw new AssertionError("expected one Java snippet containing " + text + ", found " + matches);
        }
        return matches.get(0);
    }

    static List<DocSnippet> javaSnippetsOf(Path file) throws IOException {
        String text = Files.readString(file);
        Matcher matcher = (file.toString().endsWith(".adoc") ? ASCIIDOC : MARKDOWN).matcher(text);
        List<DocSnippet> snippets = new ArrayList<>();
        while (matcher.find()) {
            int line = (int) text.substring(0, matcher.start(1)).lines().count() + 1;
            snippets.add(new DocSnippet(file, line, matcher.group(1)));
        }
        return snippets;
    }

    private static final Pattern PUBLIC_CLASS = Pattern.compile("(?m)^public (?:final )?class (\\w+)");

    /** The public class a whole compilation unit declares (its file must carry that name). */
    Optional<String> declaredClassName() {
        Matcher matcher = PUBLIC_CLASS.matcher(code);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** A whole compilation unit stays as written; statements become the body of a RouteBuilder's configure(). */
    String asCompilationUnit(String className) {
        if (code.contains("class ") || code.startsWith("import ") || code.startsWith("package ")) {
            return code;
        }
        return """
                import java.util.*;
                import io.camelchat.chatcompletion.*;
                import io.camelchat.chatcompletion.model.*;
                import org.apache.camel.*;
                import org.apache.camel.builder.RouteBuilder;
                import org.apache.camel.component.kafka.KafkaConstants;
                import org.apache.camel.component.kafka.consumer.KafkaManualCommit;

                public class %s extends RouteBuilder {
                    @Override
                    public void configure() throws Exception {
                %s
                    }
                }
                """.formatted(className, code);
    }

    @Override
    public String toString() {
        return file.getFileName() + ":" + line;
    }
}
