package io.camelchat.chatcompletion.quarkus.deployment;

import java.util.List;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import org.apache.camel.quarkus.core.deployment.spi.CamelServiceDestination;
import org.apache.camel.quarkus.core.deployment.spi.CamelServicePatternBuildItem;
import org.jboss.jandex.ClassInfo;

/**
 * Build steps of the chatcompletion extension: the feature, the component jar in the index, reflection for the
 * classes Jackson and Camel's bean language reach by reflection, and the component's Camel service files.
 */
class ChatCompletionProcessor {

    static final String FEATURE = "camel-chatcompletion";
    /** Request, message and response types: Jackson writes them, routes read their properties by name. */
    static final String MODEL_PACKAGE = "io.camelchat.chatcompletion.model";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    @BuildStep
    IndexDependencyBuildItem indexComponent() {
        return new IndexDependencyBuildItem("io.camelchat", "camel-chatcompletion");
    }

    @BuildStep
    ReflectiveClassBuildItem modelForReflection(CombinedIndexBuildItem index) {
        String[] model = index.getIndex().getKnownClasses().stream()
                .map(ClassInfo::name).map(Object::toString)
                .filter(name -> name.startsWith(MODEL_PACKAGE + "."))
                .sorted().toArray(String[]::new);
        return ReflectiveClassBuildItem.builder(model).constructors().methods().fields().build();
    }

    /** The component, its configurers, its URI factory and its toD optimisation, found by Camel's service lookup. */
    @BuildStep
    CamelServicePatternBuildItem camelServices() {
        return new CamelServicePatternBuildItem(CamelServiceDestination.DISCOVERY, true, List.of(
                "META-INF/services/org/apache/camel/component/chatcompletion",
                "META-INF/services/org/apache/camel/configurer/chatcompletion-component",
                "META-INF/services/org/apache/camel/configurer/chatcompletion-endpoint",
                "META-INF/services/org/apache/camel/urifactory/chatcompletion-endpoint",
                "META-INF/services/org/apache/camel/send-dynamic/chatcompletion"));
    }
}
