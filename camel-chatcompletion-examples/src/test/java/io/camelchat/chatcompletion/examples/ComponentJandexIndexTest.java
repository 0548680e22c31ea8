package io.camelchat.chatcompletion.examples;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.ChatCompletionEndpoint;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexReader;
import org.jboss.jandex.IndexView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The component jar on the classpath ships a Jandex index ({@code META-INF/jandex.idx}) covering its classes, which
 * Camel Quarkus needs to use a component from outside its own tree. Skipped when the component comes as a classes
 * directory (an IDE build) rather than its packaged jar.
 */
class ComponentJandexIndexTest {

    @Test
    void componentJarCarriesAJandexIndexOfItsClasses() throws Exception {
        Path location = Path.of(ChatCompletionComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assumeTrue(Files.isRegularFile(location), "the component is a directory here, not its packaged jar: " + location);

        try (JarFile jar = new JarFile(location.toFile())) {
            ZipEntry entry = jar.getEntry("META-INF/jandex.idx");
            assertThat(entry).as("META-INF/jandex.idx in " + location).isNotNull();
            IndexView index;
            try (InputStream in = jar.getInputStream(entry)) {
                index = new IndexReader(in).read();
            }
            for (Class<?> type : new Class<?>[] { ChatCompletionComponent.class, ChatCompletionEndpoint.class,
                    ChatCompletionConfiguration.class }) {
                assertThat(index.getClassByName(DotName.createSimple(type.getName()))).as(type.getName()).isNotNull();
            }
        }
    }
}
