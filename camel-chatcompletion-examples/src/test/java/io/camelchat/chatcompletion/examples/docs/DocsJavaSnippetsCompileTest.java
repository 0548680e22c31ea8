package io.camelchat.chatcompletion.examples.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java snippet in README.md and docs/ compiles against the component, Camel and camel-kafka: statements as the
 * body of a RouteBuilder's configure(), whole classes as written.
 */
class DocsJavaSnippetsCompileTest {

    @TempDir
    Path classes;

    @Test
    void theDocsHaveJavaSnippets() throws IOException {
        assertThat(DocSnippet.inReadmeAndDocs()).as("Java snippets found in README.md and docs/")
                .hasSizeGreaterThanOrEqualTo(8);
    }

    @TestFactory
    Stream<DynamicTest> everyJavaSnippetCompiles() throws IOException {
        return DocSnippet.inReadmeAndDocs().stream().map(snippet -> DynamicTest.dynamicTest(snippet.toString(),
                () -> SnippetCompiler.compile(snippet, classes)));
    }
}
