package io.camelchat.chatcompletion.observe;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * micrometer-core and opentelemetry-api are optional: in a class loader holding the test class path without them, the
 * component (its generated configurers included) takes every observability option and runs a plain and a streamed
 * call end to end against a local server.
 */
class ComponentWorksWithoutMicrometerAndOpenTelemetryTest {

    @Test
    @SuppressWarnings("unchecked")
    void callsSucceedWithNeitherLibraryOnTheClassPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.contains("io/micrometer/") || entry.contains("io/opentelemetry/")) {
                hidden.add(entry);
            } else if (!entry.isBlank()) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        assertThat(hidden).as("both libraries are on the normal test class path").anyMatch(e -> e.contains("micrometer-core"))
                .anyMatch(e -> e.contains("opentelemetry-api"));

        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> Class.forName("io.micrometer.core.instrument.MeterRegistry", false, isolated))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> Class.forName("io.opentelemetry.api.OpenTelemetry", false, isolated))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> runner = Class.forName(IsolatedCall.class.getName(), true, isolated);
            assertThat(runner.getClassLoader()).isSameAs(isolated);
            Thread.currentThread().setContextClassLoader(isolated);

            String answers = ((Callable<String>) runner.getConstructor().newInstance()).call();

            assertThat(answers).isEqualTo("plain|streamed");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
