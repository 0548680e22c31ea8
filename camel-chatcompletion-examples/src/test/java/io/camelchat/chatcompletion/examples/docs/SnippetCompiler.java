package io.camelchat.chatcompletion.examples.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a docs snippet with javac against the test class path, failing with javac's messages and the source. */
final class SnippetCompiler {

    private SnippetCompiler() {
    }

    /** Compiles the snippet into {@code classes} and returns the name of the class it became. */
    static String compile(DocSnippet snippet, Path classes) throws IOException {
        String className = snippet.declaredClassName().orElse("Snippet" + snippet.line());
        String source = snippet.asCompilationUnit(className);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            JavaFileObject unit = new SimpleJavaFileObject(
                    Path.of(className + ".java").toUri(), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(), "-proc:none", "-Xlint:none");
            if (!compiler.getTask(null, files, diagnostics, options, null, List.of(unit)).call()) {
                throw new AssertionError(snippet + " does not compile:\n"
                        + diagnostics.getDiagnostics().stream().map(Object::toString).collect(Collectors.joining("\n"))
                        + "\n" + source);
            }
        }
        return className;
    }
}
