package io.camelchat.chatcompletion.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 300 calls, all sent at once, against a server enforcing 3,000 requests and 300,000 tokens per minute. With the budget
 * set to that quota the server answers no 429 and the calls run near the quota's rate; without it, the 429s and
 * retries pile up; two endpoints in one rateLimitGroup share one budget and stay within it together.
 */
@Timeout(120)
class BudgetKeepsCallsWithinTheQuotaTest extends ChatCompletionTestSupport {

    private static final int RPM = 3_000;
    private static final int TPM = 300_000;
    private static final int CALLS = 300;

    private final QuotaServer server = new QuotaServer(RPM, TPM, 100);

    @Override
    protected int maxRetries() {
        return 2;
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String uri(String model, String options) {
        return "chatcompletion:" + model + "?baseUrl=" + server.baseUrl() + "&chatPath=/v1/chat/completions"
               + "&maxTokens=50&retryInitialDelay=100&maxConcurrentRequests=300" + options;
    }

    @Test
    void withTheBudgetTheServerNeverSays429() throws Exception {
        Run run = send(List.of(uri("m", "&requestsPerMinute=" + RPM + "&tokensPerMinute=" + TPM)));

        System.out.printf("budget on: %s, 429s %d, throughput %.1f calls/s (quota %.1f/s, %.0f %%)%n", run,
                server.rejected(), run.perSecond(), RPM / 60.0, 100 * run.perSecond() / (RPM / 60.0));
        assertThat(run.failed).isZero();
        assertThat(server.rejected()).isZero();
        assertThat(run.maxBudgetWait).as("calls waited for budget").isPositive();
        assertThat(run.perSecond()).as("near the quota's rate").isGreaterThan(0.75 * RPM / 60.0);
    }

    @Test
    void withoutTheBudgetTheServerSays429AndCallsRetry() throws Exception {
        Run run = send(List.of(uri("m", "")));

        System.out.printf("budget off: %s, 429s %d%n", run, server.rejected());
        assertThat(server.rejected()).isPositive();
        assertThat(run.attempts).isGreaterThan(CALLS);
    }

    @Test
    void twoEndpointsInOneGroupShareTheBudget() throws Exception {
        String budget = "&requestsPerMinute=" + RPM + "&tokensPerMinute=" + TPM + "&rateLimitGroup=key-1";
        Run run = send(List.of(uri("m1", budget), uri("m2", budget)));

        System.out.printf("one group, two endpoints: %s, 429s %d, throughput %.1f calls/s%n", run, server.rejected(),
                run.perSecond());
        assertThat(run.failed).isZero();
        assertThat(server.rejected()).isZero();
    }

    /** Sends the calls at once, spread over the endpoints, and waits for them all. */
    private Run send(List<String> uris) throws Exception {
        List<Exchange> exchanges = new ArrayList<>();
        List<CompletableFuture<Exchange>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("review number " + i);
            exchanges.add(exchange);
            futures.add(template.asyncSend(uris.get(i % uris.size()), exchange));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(100, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Run run = new Run(millis);
        for (Exchange exchange : exchanges) {
            if (exchange.getException() != null) {
                run.failed++;
            }
            run.attempts += exchange.getMessage().getHeader(ChatCompletionConstants.ATTEMPTS, 1, Integer.class);
            Long wait = exchange.getMessage().getHeader(ChatCompletionConstants.BUDGET_WAIT, Long.class);
            run.maxBudgetWait = Math.max(run.maxBudgetWait, wait == null ? 0 : wait);
        }
        return run;
    }

    private static final class Run {
        final long millis;
        int failed;
        int attempts;
        long maxBudgetWait;

        Run(long millis) {
            this.millis = millis;
        }

        double perSecond() {
            return CALLS * 1000.0 / millis;
        }

        @Override
        public String toString() {
            return CALLS + " calls in " + millis + " ms, failed " + failed + ", attempts " + attempts
                   + ", longest budget wait " + maxBudgetWait + " ms";
        }
    }
}
