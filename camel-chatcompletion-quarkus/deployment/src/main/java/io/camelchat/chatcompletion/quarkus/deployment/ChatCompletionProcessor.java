package io.camelchat.chatcompletion.quarkus.deployment;

import java.util.List;

import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.ExtensionSslNativeSupportBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import org.apache.camel.quarkus.core.deployment.spi.CamelServiceDestination;
import org.apache.camel.quarkus.core.deployment.spi.CamelServicePatternBuildItem;

/**
 * Build steps of the Camel Quarkus chatcompletion extension: the feature, the component jar in the index, the
 * component's Camel service files, reflection for every class Jackson binds, and SSL in native mode.
 */
class ChatCompletionProcessor {

    static final String FEATURE = "camel-chatcompletion";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** The component jar ships a Jandex index; this keeps it indexed even where that index is stripped. */
    @BuildStep
    IndexDependencyBuildItem indexComponent() {
        return new IndexDependencyBuildItem("io.camelchat", "camel-chatcompletion");
    }

    /**
     * The component's service files: the component itself (bound into the registry, as Camel Quarkus does for every
     * component) and its configurers, URI factory and send-dynamic aware (discovered, and so registered for
     * reflection and kept as native resources by Camel Quarkus core).
     */
    @BuildStep
    void servicePatterns(BuildProducer<CamelServicePatternBuildItem> patterns) {
        patterns.produce(new CamelServicePatternBuildItem(CamelServiceDestination.REGISTRY, true,
                ChatCompletionClasses.COMPONENT_SERVICE));
        patterns.produce(new CamelServicePatternBuildItem(CamelServiceDestination.DISCOVERY, true,
                ChatCompletionClasses.DISCOVERED_SERVICES));
    }

    /**
     * Reflection for everything the component's Jackson mapper reads or writes by reflection: every class of the
     * model package (computed from the index, so a new model class is covered without touching this step), plus the
     * component's exception, whose properties a JSON error handler may serialize.
     */
    @BuildStep
    void registerForReflection(CombinedIndexBuildItem combinedIndex,
            BuildProducer<ReflectiveClassBuildItem> reflectiveClasses) {
        List<String> jacksonBound = ChatCompletionClasses.jacksonBound(combinedIndex.getIndex());
        reflectiveClasses.produce(ReflectiveClassBuildItem.builder(jacksonBound.toArray(new String[0]))
                .constructors()
                .methods()
                .fields()
                .build());
        reflectiveClasses.produce(ReflectiveClassBuildItem.builder(ChatCompletionClasses.EXCEPTION)
                .methods()
                .build());
    }

    /** Chat completion APIs are HTTPS endpoints: a native image needs SSL. */
    @BuildStep
    ExtensionSslNativeSupportBuildItem activateSslNativeSupport() {
        return new ExtensionSslNativeSupportBuildItem(FEATURE);
    }
}
