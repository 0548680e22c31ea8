package io.camelchat.chatcompletion.observe;

import io.camelchat.chatcompletion.request.PreparedRequest;
import org.apache.camel.Exchange;

/**
 * Watches the calls of one endpoint for metrics and traces. Created once when the endpoint starts (see
 * {@link Observers}); {@link #NOOP} when neither a Micrometer registry nor an OpenTelemetry is configured, so that the
 * call path allocates and looks up nothing for it.
 */
public interface CallObserver {

    /** Observes nothing. */
    CallObserver NOOP = (request, exchange) -> CallObservation.NOOP;

    /**
     * A call starts, on the thread that runs the producer (so a trace context current there becomes the parent).
     *
     * @param request  the prepared request (model, stream flag, body)
     * @param exchange the exchange, read for its route id only when asked for
     * @return the call's observation, {@link CallObservation#NOOP} when nothing is observed
     */
    CallObservation callStarted(PreparedRequest request, Exchange exchange);

    /** The endpoint stops: endpoint gauges stop counting it. */
    default void close() {
    }
}
