package io.camelchat.chatcompletion.observe.micrometer;

import java.util.Set;

import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.observe.CallObserver;
import io.camelchat.chatcompletion.observe.ObservedEndpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;

/**
 * Finds the MeterRegistry of an endpoint: the meterRegistry option, else the only MeterRegistry in the Camel registry
 * (or, when there are several, as in Spring Boot, the one composite registry among them). Only loaded when
 * micrometer-core is on the classpath.
 */
public final class MicrometerObservers {

    private MicrometerObservers() {
    }

    /** The metrics observer, or null when no registry is set or found. */
    public static CallObserver create(
            CamelContext context, ChatCompletionConfiguration config, ObservedEndpoint endpoint) {
        MeterRegistry registry = resolve(context, config.getMeterRegistry());
        return registry == null ? null : new MicrometerObserver(registry, endpoint, config.isMetricsRouteIdTag());
    }

    static MeterRegistry resolve(CamelContext context, Object option) {
        if (option != null) {
            if (option instanceof MeterRegistry registry) {
                return registry;
            }
            throw new IllegalArgumentException("meterRegistry must be an io.micrometer.core.instrument.MeterRegistry, was "
                                               + option.getClass().getName());
        }
        Set<MeterRegistry> found = context.getRegistry().findByType(MeterRegistry.class);
        if (found.size() == 1) {
            return found.iterator().next();
        }
        MeterRegistry composite = null;
        for (MeterRegistry candidate : found) {
            if (candidate instanceof CompositeMeterRegistry) {
                if (composite != null) {
                    return null;
                }
                composite = candidate;
            }
        }
        return composite;
    }
}
