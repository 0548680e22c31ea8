package io.camelchat.chatcompletion.quarkus.deployment;

import java.util.List;
import java.util.stream.Collectors;

import io.quarkus.builder.BuildContext;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import org.apache.camel.quarkus.core.deployment.spi.CamelServicePatternBuildItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a native image needs, as the build registers it (native-image itself is not available here): every model
 * class Jackson and Camel's bean language reach by reflection, and the component's Camel service files.
 */
class NativeImagePreparationTest {

    // the build runs in another class loader than the test, so what it saw travels in system properties
    private static final String REFLECTIVE = "chatcompletion.probe.reflective";
    private static final String SERVICE_PATTERNS = "chatcompletion.probe.service-patterns";

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .addBuildChainCustomizer(chain -> chain.addBuildStep(NativeImagePreparationTest::record)
                    .consumes(ReflectiveClassBuildItem.class)
                    .consumes(CamelServicePatternBuildItem.class)
                    .produces(FeatureBuildItem.class)
                    .build());

    private static void record(BuildContext context) {
        System.setProperty(REFLECTIVE, context.consumeMulti(ReflectiveClassBuildItem.class).stream()
                .flatMap(item -> item.getClassNames().stream()).collect(Collectors.joining(",")));
        System.setProperty(SERVICE_PATTERNS, context.consumeMulti(CamelServicePatternBuildItem.class).stream()
                .flatMap(item -> item.getPatterns().stream()).collect(Collectors.joining(",")));
        context.produce(new FeatureBuildItem("native-image-preparation-probe"));
    }

    @Test
    void modelClassesAreRegisteredForReflection() {
        assertThat(seen(REFLECTIVE)).contains(
                "io.camelchat.chatcompletion.model.ChatCompletionRequest",
                "io.camelchat.chatcompletion.model.ChatMessage",
                "io.camelchat.chatcompletion.model.ChatCompletionResponse",
                "io.camelchat.chatcompletion.model.ChatCompletionChoice",
                "io.camelchat.chatcompletion.model.ChatCompletionToolCall",
                "io.camelchat.chatcompletion.model.ChatCompletionUsage");
    }

    @Test
    void theComponentsServiceFilesAreIncluded() {
        assertThat(seen(SERVICE_PATTERNS)).contains(
                "META-INF/services/org/apache/camel/component/chatcompletion",
                "META-INF/services/org/apache/camel/urifactory/chatcompletion-endpoint",
                "META-INF/services/org/apache/camel/send-dynamic/chatcompletion");
    }

    private static List<String> seen(String property) {
        return List.of(System.getProperty(property, "").split(","));
    }
}
