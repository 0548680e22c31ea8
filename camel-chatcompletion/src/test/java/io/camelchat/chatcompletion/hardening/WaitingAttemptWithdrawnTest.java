package io.camelchat.chatcompletion.hardening;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.ChatCompletionEndpoint;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call that gives up while its attempt waits for a slot never sends that request and never frees a slot it did not
 * hold. One endpoint, chunks mode, maxConcurrentRequests=1:
 * <ol>
 * <li>B's first attempt gets a stream head then a retryable inline error before any chunk: the iterator is already in
 * B's route, and a retry is scheduled;</li>
 * <li>A (non-streaming) takes the slot and the server holds A's answer 1.5 s, so B's retry waits in the limiter;</li>
 * <li>B's route does not split and completes after 0.8 s: its iterator is closed, the call is abandoned while its
 * retry still waits;</li>
 * </ol>
 * Then A completes, the server never sees B's retry (2 requests, not 3), a later call C succeeds, and two later
 * concurrent calls never overlap at the server (the slot count was not corrupted). A second test uses an endpoint stop
 * as the trigger.
 */
@Timeout(60)
class WaitingAttemptWithdrawnTest extends HardeningTestSupport {

    private static final long A_HOLD_MS = 1_500;
    private static final long D_HOLD_MS = 400;

    private final ReplayServer server = new ReplayServer();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<Long> dArrivals = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String uri() {
        return "chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl()
               + "&stream=true&maxConcurrentRequests=1&retryInitialDelay=300&requestTimeout=10000";
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:b").to(uri()).delay(800).syncDelayed();
            }
        };
    }

    @Test
    void abandonedWaitingAttemptIsWithdrawn() throws Exception {
        respondByPrompt();

        Future<Exchange> b = template.asyncSend("direct:b", e -> e.getMessage().setBody("B"));
        assertThat(waitFor(() -> seen.contains("B"), 5_000)).as("B's first attempt reached the server").isTrue();
        Future<Exchange> a = template.asyncSend(uri(), e -> nonStreaming(e, "A"));

        Exchange bDone = b.get(10, TimeUnit.SECONDS);
        Exchange aDone = a.get(10, TimeUnit.SECONDS);
        Thread.sleep(1_000); // a withdrawn retry that is still sent arrives now
        System.out.printf("requests seen: %s; A: %s; B: %s%n", seen, aDone.getException() == null
                ? aDone.getMessage().getBody() : aDone.getException(), bDone.getException());
        assertThat(aDone.getException()).isNull();
        assertThat(aDone.getMessage().getBody()).isEqualTo("answer A");
        assertThat(seen).as("B's abandoned retry was never sent").containsExactly("B", "A");

        Exchange c = template.request(uri(), e -> nonStreaming(e, "C"));
        assertThat(c.getException()).isNull();
        assertThat(c.getMessage().getBody()).isEqualTo("answer C");

        assertTwoLaterCallsDoNotOverlap();
    }

    /**
     * The other trigger: the endpoint stops while B (non-streaming) waits behind A. B fails at once, A completes once,
     * B's request never reaches the server, and after a restart the endpoint still allows one call at a time.
     */
    @Test
    void endpointStopWithdrawsTheWaitingCall() throws Exception {
        respondByPrompt();
        ChatCompletionEndpoint endpoint = context.getEndpoint(uri(), ChatCompletionEndpoint.class);

        Future<Exchange> a = template.asyncSend(endpoint, e -> nonStreaming(e, "A"));
        assertThat(waitFor(() -> seen.contains("A"), 5_000)).as("A reached the server").isTrue();
        Future<Exchange> b = template.asyncSend(endpoint, e -> nonStreaming(e, "B"));
        Thread.sleep(300); // B waits for A's slot
        long stop = System.nanoTime();
        endpoint.stop();

        Exchange bDone = b.get(5, TimeUnit.SECONDS);
        long bMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stop);
        Exchange aDone = a.get(10, TimeUnit.SECONDS);
        Thread.sleep(1_000);
        System.out.printf("endpoint stopped while B waited: B failed after %d ms with %s; A: %s; requests seen %s%n",
                bMs, bDone.getException(), aDone.getException() == null ? aDone.getMessage().getBody()
                        : aDone.getException(), seen);
        assertThat(bDone.getException()).as("B failed").isNotNull();
        assertThat(bMs).as("B failed at once").isLessThan(1_000);
        assertThat(seen).as("B's request was never sent").containsExactly("A");

        endpoint.start();
        Exchange c = template.request(endpoint, e -> nonStreaming(e, "C"));
        assertThat(c.getException()).isNull();
        assertThat(c.getMessage().getBody()).isEqualTo("answer C");
        assertTwoLaterCallsDoNotOverlap();
    }

    /** B: a retryable inline error; A: held 1.5 s; C: at once; D: held 0.4 s, arrival recorded. */
    private void respondByPrompt() {
        server.respondWith(request -> {
            String body = request.bodyAsString();
            String who = body.contains("\"B\"") ? "B" : body.contains("\"A\"") ? "A" : body.contains("\"C\"") ? "C" : "D";
            seen.add(who);
            return switch (who) {
                case "B" -> ScriptedResponse.sse(Sse.error("overloaded, try again"));
                case "A" -> ScriptedResponse.json(200, Bodies.openAi("answer A")).withFirstByteDelayMs(A_HOLD_MS);
                case "C" -> ScriptedResponse.json(200, Bodies.openAi("answer C"));
                default -> {
                    dArrivals.add(System.nanoTime());
                    yield ScriptedResponse.json(200, Bodies.openAi("answer D")).withFirstByteDelayMs(D_HOLD_MS);
                }
            };
        });
    }

    private void assertTwoLaterCallsDoNotOverlap() throws Exception {
        Future<Exchange> d1 = template.asyncSend(uri(), e -> nonStreaming(e, "D"));
        Future<Exchange> d2 = template.asyncSend(uri(), e -> nonStreaming(e, "D"));
        assertThat(d1.get(10, TimeUnit.SECONDS).getException()).isNull();
        assertThat(d2.get(10, TimeUnit.SECONDS).getException()).isNull();
        long gapMs = TimeUnit.NANOSECONDS.toMillis(Math.abs(dArrivals.get(1) - dArrivals.get(0)));
        System.out.printf("two concurrent calls with maxConcurrentRequests=1 reached the server %d ms apart%n", gapMs);
        assertThat(gapMs).as("the second call waited for the first one's slot").isGreaterThanOrEqualTo(D_HOLD_MS - 50);
    }

    private static void nonStreaming(Exchange exchange, String prompt) {
        exchange.getMessage().setBody(prompt);
        exchange.getMessage().setHeader(ChatCompletionConstants.STREAM, false);
    }
}
