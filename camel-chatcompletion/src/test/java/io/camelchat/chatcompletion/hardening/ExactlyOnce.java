package io.camelchat.chatcompletion.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;

import static org.assertj.core.api.Assertions.assertThat;

/** Sends exchanges to an async producer at once and counts how often each one's callback runs. */
final class ExactlyOnce {

    final List<Exchange> exchanges = new ArrayList<>();
    final List<AtomicInteger> completions = new ArrayList<>();

    /** Sends {@code count} exchanges with bodies "{@code prefix} i" without waiting. */
    void sendAll(CamelContext context, AsyncProcessor producer, int count, String prefix) {
        sendAll(context, producer, count, prefix, 0);
    }

    /**
     * As {@link #sendAll(CamelContext, AsyncProcessor, int, String)}, each callback then working {@code callbackMs}
     * on the thread that completed the exchange (route code after the {@code to}, on the user's executor).
     */
    void sendAll(CamelContext context, AsyncProcessor producer, int count, String prefix, long callbackMs) {
        for (int i = 0; i < count; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(prefix + " " + i);
            AtomicInteger done = new AtomicInteger();
            exchanges.add(exchange);
            completions.add(done);
            AsyncCallback callback = sync -> {
                done.incrementAndGet();
                sleep(callbackMs);
            };
            try {
                producer.process(exchange, callback);
            } catch (RuntimeException e) {
                // a producer that throws instead of completing the exchange: the count check below reports it
                exchange.setException(e);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean allCompleted() {
        return completions.stream().allMatch(c -> c.get() > 0);
    }

    /** Every exchange completed exactly once (checked after a grace period for late second completions). */
    void assertEachCompletedOnce() throws InterruptedException {
        Thread.sleep(300);
        for (int i = 0; i < completions.size(); i++) {
            assertThat(completions.get(i).get()).as("completions of exchange %d", i).isEqualTo(1);
        }
    }

    /** Each exchange either got {@code answer} or failed saying the executor rejected it; returns the successes. */
    long assertAnsweredOrRejected(String answer) {
        long ok = 0;
        for (int i = 0; i < exchanges.size(); i++) {
            Exchange exchange = exchanges.get(i);
            System.out.printf("exchange %d: %s%n", i, exchange.getException() == null
                    ? "body " + exchange.getMessage().getBody() : "failed: " + exchange.getException());
            if (exchange.getException() == null) {
                assertThat(exchange.getMessage().getBody()).isEqualTo(answer);
                ok++;
            } else {
                assertThat(exchange.getException().getMessage()).as("failure of exchange %d", i)
                        .containsIgnoringCase("reject");
            }
        }
        return ok;
    }
}
