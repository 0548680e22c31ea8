package io.camelchat.chatcompletion.observe.otel;

import java.util.Set;

import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.observe.CallObserver;
import io.camelchat.chatcompletion.observe.ObservedEndpoint;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import org.apache.camel.CamelContext;

/**
 * Finds the OpenTelemetry of an endpoint: the openTelemetry option, else the only OpenTelemetry in the Camel registry
 * (Spring Boot and Quarkus expose theirs as a bean), else the global one when the OpenTelemetry Java agent is attached
 * or global autoconfiguration is on. GlobalOpenTelemetry is not read otherwise, because reading it before an
 * application sets it installs a no-op for good. Only loaded when opentelemetry-api is on the classpath.
 */
public final class OtelObservers {

    private OtelObservers() {
    }

    /** The tracing observer, or null when no OpenTelemetry is set or found. */
    public static CallObserver create(
            CamelContext context, ChatCompletionConfiguration config, ObservedEndpoint endpoint) {
        OpenTelemetry openTelemetry = resolve(context, config.getOpenTelemetry());
        return openTelemetry == null ? null : new OtelObserver(openTelemetry, endpoint, config.isTraceContent());
    }

    static OpenTelemetry resolve(CamelContext context, Object option) {
        if (option != null) {
            if (option instanceof OpenTelemetry openTelemetry) {
                return openTelemetry;
            }
            throw new IllegalArgumentException("openTelemetry must be an io.opentelemetry.api.OpenTelemetry, was "
                                               + option.getClass().getName());
        }
        Set<OpenTelemetry> found = context.getRegistry().findByType(OpenTelemetry.class);
        if (found.size() == 1) {
            return found.iterator().next();
        }
        if (found.isEmpty() && globalIsConfigured()) {
            return GlobalOpenTelemetry.get();
        }
        return null;
    }

    private static boolean globalIsConfigured() {
        if (Boolean.parseBoolean(System.getProperty("otel.java.global-autoconfigure.enabled",
                System.getenv().getOrDefault("OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED", "false")))) {
            return true;
        }
        try {
            // the agent's bootstrap classes live on the boot class path
            Class.forName("io.opentelemetry.javaagent.bootstrap.AgentInitializer", false, null);
            return true;
        } catch (ClassNotFoundException | LinkageError noAgent) {
            return false;
        }
    }
}
