package io.camelchat.chatcompletion.observe;

import java.util.ArrayList;
import java.util.List;

import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.observe.micrometer.MicrometerObservers;
import io.camelchat.chatcompletion.observe.otel.OtelObservers;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates an endpoint's {@link CallObserver}: Micrometer metrics when micrometer-core is on the classpath and a
 * MeterRegistry is set or found, OpenTelemetry traces when opentelemetry-api is on the classpath and an OpenTelemetry
 * is set, found or installed globally by the Java agent. The classes that name Micrometer or OpenTelemetry types are
 * only loaded after the presence check, so the component runs without either library.
 */
public final class Observers {

    private static final Logger LOG = LoggerFactory.getLogger(Observers.class);
    private static final boolean MICROMETER = present("io.micrometer.core.instrument.MeterRegistry");
    private static final boolean OPENTELEMETRY = present("io.opentelemetry.api.OpenTelemetry");

    private Observers() {
    }

    /** The observer of one endpoint; {@link CallObserver#NOOP} when nothing is configured. */
    public static CallObserver create(
            CamelContext context, ChatCompletionConfiguration config, ObservedEndpoint endpoint) {
        List<CallObserver> observers = new ArrayList<>(2);
        if (MICROMETER) {
            CallObserver metrics = MicrometerObservers.create(context, config, endpoint);
            if (metrics != null) {
                observers.add(metrics);
            }
        } else if (config.getMeterRegistry() != null) {
            LOG.warn("chatcompletion: meterRegistry is set but micrometer-core is not on the classpath; no metrics");
        }
        if (OPENTELEMETRY) {
            CallObserver traces = OtelObservers.create(context, config, endpoint);
            if (traces != null) {
                observers.add(traces);
            }
        } else if (config.getOpenTelemetry() != null) {
            LOG.warn("chatcompletion: openTelemetry is set but opentelemetry-api is not on the classpath; no traces");
        }
        return switch (observers.size()) {
            case 0 -> CallObserver.NOOP;
            case 1 -> observers.get(0);
            default -> new CompositeObserver(observers.get(0), observers.get(1));
        };
    }

    /** Whether a class can be loaded by the component's class loader. */
    static boolean present(String className) {
        try {
            Class.forName(className, false, Observers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
