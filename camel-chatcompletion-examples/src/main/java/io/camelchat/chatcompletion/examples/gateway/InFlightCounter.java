package io.camelchat.chatcompletion.examples.gateway;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Counts the requests the gateway is serving at once (from arrival until the response is complete, latency and
 * streaming included), the highest such count, and all requests served.
 */
final class InFlightCounter implements ServeEventListener {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger max = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();

    @Override
    public String getName() {
        return "in-flight-counter";
    }

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
        requests.incrementAndGet();
        int now = inFlight.incrementAndGet();
        max.accumulateAndGet(now, Math::max);
    }

    @Override
    public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }

    int max() {
        return max.get();
    }

    long requests() {
        return requests.get();
    }

    void resetMax() {
        max.set(inFlight.get());
    }
}
