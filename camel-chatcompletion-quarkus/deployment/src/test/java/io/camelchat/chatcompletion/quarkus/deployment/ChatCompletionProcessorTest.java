package io.camelchat.chatcompletion.quarkus.deployment;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

import io.quarkus.builder.BuildChainBuilder;
import io.quarkus.builder.BuildContext;
import io.quarkus.builder.BuildStep;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import org.apache.camel.quarkus.core.deployment.spi.CamelServiceBuildItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the extension's build steps in a Quarkus build and checks what a native image would be given: reflection
 * for every Jackson-bound model class (from the Jandex index) and the component's Camel services discovered.
 * The build items are captured by an extra build step and handed over in system properties, which every class
 * loader of the test sees.
 */
class ChatCompletionProcessorTest {

    private static final String REFLECTIVE = "chatcompletion.test.reflective";
    private static final String SERVICES = "chatcompletion.test.services";

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withEmptyApplication()
            .addBuildChainCustomizer(captureBuildItems());

    private static Consumer<BuildChainBuilder> captureBuildItems() {
        return chain -> chain.addBuildStep(new BuildStep() {
            @Override
            public void execute(BuildContext context) {
                TreeSet<String> reflective = new TreeSet<>();
                for (ReflectiveClassBuildItem item : context.consumeMulti(ReflectiveClassBuildItem.class)) {
                    if (item.isMethods() && item.isFields() && item.isConstructors()) {
                        reflective.addAll(item.getClassNames());
                    }
                }
                TreeSet<String> services = new TreeSet<>();
                for (CamelServiceBuildItem service : context.consumeMulti(CamelServiceBuildItem.class)) {
                    services.add(service.path + "=" + service.type);
                }
                System.setProperty(REFLECTIVE, String.join(",", reflective));
                System.setProperty(SERVICES, String.join(",", services));
                context.produce(new FeatureBuildItem("chatcompletion-test-capture"));
            }
        }).consumes(ReflectiveClassBuildItem.class).consumes(CamelServiceBuildItem.class)
                .produces(FeatureBuildItem.class).build();
    }

    @Test
    void everyModelClassIsRegisteredForJacksonReflection() {
        assertThat(Arrays.asList(System.getProperty(REFLECTIVE).split(","))).contains(
                "io.camelchat.chatcompletion.model.ChatCompletionChoice",
                "io.camelchat.chatcompletion.model.ChatCompletionRequest",
                "io.camelchat.chatcompletion.model.ChatCompletionResponse",
                "io.camelchat.chatcompletion.model.ChatCompletionToolCall",
                "io.camelchat.chatcompletion.model.ChatCompletionUsage",
                "io.camelchat.chatcompletion.model.ChatMessage");
    }

    @Test
    void configurersUriFactoryAndSendDynamicAwareAreDiscoveredServices() {
        List<String> services = Arrays.asList(System.getProperty(SERVICES).split(","));

        assertThat(services).contains(
                "META-INF/services/org/apache/camel/configurer/chatcompletion-component"
                                      + "=io.camelchat.chatcompletion.ChatCompletionComponentConfigurer",
                "META-INF/services/org/apache/camel/configurer/chatcompletion-endpoint"
                                      + "=io.camelchat.chatcompletion.ChatCompletionEndpointConfigurer",
                "META-INF/services/org/apache/camel/urifactory/chatcompletion-endpoint"
                                      + "=io.camelchat.chatcompletion.ChatCompletionEndpointUriFactory",
                "META-INF/services/org/apache/camel/send-dynamic/chatcompletion"
                                      + "=io.camelchat.chatcompletion.ChatCompletionSendDynamicAware");
    }
}
