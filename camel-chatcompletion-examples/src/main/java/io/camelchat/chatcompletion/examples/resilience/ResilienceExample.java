package io.camelchat.chatcompletion.examples.resilience;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.examples.Example;
import io.camelchat.chatcompletion.examples.ExampleOutcome;
import io.camelchat.chatcompletion.examples.ExampleSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * Example 4: the embedded gateway answers the first call with a 429 (retry-after-ms 300) and the second with a 503;
 * the third succeeds, and the exchange says {@code CamelChatCompletionAttempts=3}. A stream dropped half-way is
 * retried whole in aggregate mode. A 400 is not retried: it fails at once with a typed exception. Against a real
 * server the fault markers are plain text and every call should succeed at its first attempt.
 */
public final class ResilienceExample implements Example {

    static final String RETRIED_PROMPT = "Summarise our on-call runbook in one line. [fault:429,503]";
    static final String DROPPED_PROMPT = "Write a haiku about retries. [fault:drop]";
    static final String REJECTED_PROMPT = "This prompt is rejected. [fault:400]";

    @Override
    public String name() {
        return "resilience";
    }

    @Override
    public String title() {
        return "a 429 and a 503, then success; a dropped stream retried; a 400 not retried";
    }

    @Override
    public void configure(Main main, ExampleSettings settings) {
        main.configure().addRoutesBuilder(new ResilienceRoute());
    }

    @Override
    public ExampleOutcome run(CamelContext context, ExampleSettings settings) {
        ProducerTemplate template = context.createProducerTemplate();
        boolean embedded = settings.isEmbedded();
        long tokens = 0;
        int ok = 0;

        Exchange retried = call(template, "direct:resilient", RETRIED_PROMPT);
        if (answered(retried, embedded ? 3 : 1, embedded)) {
            ok++;
            tokens += tokens(retried);
        }
        Exchange dropped = call(template, "direct:resilient-stream", DROPPED_PROMPT);
        if (answered(dropped, embedded ? 2 : 1, embedded)) {
            ok++;
            tokens += tokens(dropped);
        }
        Exchange rejected = call(template, "direct:resilient", REJECTED_PROMPT);
        ChatCompletionException error = rejected.getException(ChatCompletionException.class);
        if (error != null) {
            System.out.printf("[resilience] rejected at once: kind %s, status %d, code %s, retryable %s, message %s%n",
                    error.getKind(), error.getHttpStatus(), error.getErrorCode(), error.isRetryable(),
                    error.getProviderMessage());
        }
        boolean rejectedAsExpected = embedded ? error != null && !error.isRetryable() && error.getHttpStatus() == 400
                : rejected.getException() == null || error != null;
        if (rejectedAsExpected) {
            ok++;
        }
        return new ExampleOutcome(name(), ok == 3, ok + "/3 behaved as expected (attempts "
                                                   + attempts(retried) + ", " + attempts(dropped) + "; 400 "
                                                   + (error != null ? "not retried" : "answered") + ")",
                3, ok, 3 - ok, tokens);
    }

    private static Exchange call(ProducerTemplate template, String uri, String prompt) {
        long start = System.nanoTime();
        Exchange exchange = template.request(uri, e -> e.getMessage().setBody(prompt));
        System.out.printf("[resilience] %s \"%s\": %s after %d attempt(s), %d ms%n", uri, prompt,
                exchange.getException() == null ? "answered" : "failed", attempts(exchange),
                (System.nanoTime() - start) / 1_000_000);
        return exchange;
    }

    private static boolean answered(Exchange exchange, int expectedAttempts, boolean embedded) {
        if (exchange.getException() != null) {
            return false;
        }
        return !embedded || attempts(exchange) == expectedAttempts;
    }

    private static int attempts(Exchange exchange) {
        Integer attempts = exchange.getMessage().getHeader(ChatCompletionConstants.ATTEMPTS, Integer.class);
        if (attempts == null && exchange.getException() != null) {
            return 1;
        }
        return attempts == null ? 0 : attempts;
    }

    private static long tokens(Exchange exchange) {
        Integer total = exchange.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS, Integer.class);
        return total == null ? 0 : total;
    }
}
