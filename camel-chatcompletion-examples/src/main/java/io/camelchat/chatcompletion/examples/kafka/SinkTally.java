package io.camelchat.chatcompletion.examples.kafka;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;

/**
 * The sinks' view of the output topics: prints each enriched review and each dead letter of this run, counts the
 * distinct review ids seen on each topic (a redelivered duplicate counts once), and lets the runner wait until every
 * review produced has come out on one of them.
 */
public final class SinkTally {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String run;
    private final Set<String> enriched = ConcurrentHashMap.newKeySet();
    private final Map<String, String> deadLetters = new ConcurrentHashMap<>();

    public SinkTally(String run) {
        this.run = run;
    }

    /** Called for each record of the enriched topic. */
    public void onEnriched(Exchange exchange) throws Exception {
        JsonNode review = MAPPER.readTree(exchange.getMessage().getBody(String.class));
        if (!run.equals(review.path("run").asText())) {
            return;
        }
        int repairs = review.path("enrichment").path("repairs").asInt();
        System.out.printf("[kafka] enriched %s (%s, %d stars): %s%s%n", review.path("id").asText(),
                review.path("product").asText(), review.path("rating").asInt(),
                review.path("enrichment").path("insight"),
                repairs > 0 ? " (after " + repairs + " structured-output repair" + (repairs > 1 ? "s)" : ")") : "");
        enriched.add(review.path("id").asText());
        signal();
    }

    /** Called for each record of the dead-letter topic. */
    public void onDeadLetter(Exchange exchange) throws Exception {
        JsonNode review = MAPPER.readTree(exchange.getMessage().getBody(String.class));
        if (!run.equals(review.path("run").asText())) {
            return;
        }
        String error = exchange.getMessage().getHeader(DeadLetterHeaders.ERROR, String.class);
        System.out.printf("[kafka] dead letter %s: kind %s, status %s, retryable %s: %s%n", review.path("id").asText(),
                header(exchange, DeadLetterHeaders.KIND), header(exchange, DeadLetterHeaders.HTTP_STATUS),
                header(exchange, DeadLetterHeaders.RETRYABLE), error);
        deadLetters.put(review.path("id").asText(), error == null ? "" : error);
        signal();
    }

    public int enriched() {
        return enriched.size();
    }

    public int deadLettered() {
        return deadLetters.size();
    }

    public Set<String> deadLetterIds() {
        return Set.copyOf(deadLetters.keySet());
    }

    /** Waits until {@code expected} distinct reviews came out on either topic; false on timeout. */
    public synchronized boolean awaitAccounted(int expected, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (enriched() + deadLettered() < expected) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private synchronized void signal() {
        notifyAll();
    }

    private static String header(Exchange exchange, String name) {
        return exchange.getMessage().getHeader(name, String.class);
    }
}
