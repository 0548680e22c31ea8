package io.camelchat.chatcompletion.quarkus.deployment;

import java.util.List;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * Names of the chatcompletion component's classes and service files that the extension registers, and the Jandex
 * query that finds the Jackson-bound model classes.
 */
final class ChatCompletionClasses {

    /** The package whose classes the component's Jackson mapper binds (requests, messages, responses). */
    static final String MODEL_PACKAGE = "io.camelchat.chatcompletion.model";

    static final String EXCEPTION = "io.camelchat.chatcompletion.ChatCompletionException";

    static final String COMPONENT_SERVICE = "META-INF/services/org/apache/camel/component/chatcompletion";

    static final String[] DISCOVERED_SERVICES = {
            "META-INF/services/org/apache/camel/configurer/chatcompletion-component",
            "META-INF/services/org/apache/camel/configurer/chatcompletion-endpoint",
            "META-INF/services/org/apache/camel/urifactory/chatcompletion-endpoint",
            "META-INF/services/org/apache/camel/send-dynamic/chatcompletion" };

    private ChatCompletionClasses() {
    }

    /** Every class of the model package and its nested classes, sorted by name. */
    static List<String> jacksonBound(IndexView index) {
        List<String> names = index.getClassesInPackage(DotName.createSimple(MODEL_PACKAGE)).stream()
                .map(ClassInfo::name)
                .map(DotName::toString)
                .sorted()
                .toList();
        if (names.isEmpty()) {
            throw new IllegalStateException("No class of " + MODEL_PACKAGE + " in the Jandex index: is "
                                            + "io.camelchat:camel-chatcompletion on the class path?");
        }
        return names;
    }
}
