package io.camelchat.chatcompletion.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
 * The server sends a 600-chunk answer at once; the split takes 5 ms per chunk (about 3 s in all). With idleTimeout=300,
 * firstTokenTimeout=300 and requestTimeout=1500, the time the component spends not reading because the route is slow
 * does not count against the server: every chunk arrives and the exchange succeeds.
 */
@Timeout(60)
class SlowRouteDoesNotCountAgainstServerTest extends HardeningTestSupport {

    private static final int CHUNKS = 600;
    private static final int TEXT_SIZE = 1_000;

    private final ReplayServer server = new ReplayServer();
    private final AtomicInteger received = new AtomicInteger();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:" + MODEL + "?stream=true&idleTimeout=300&firstTokenTimeout=300"
                            + "&requestTimeout=1500&baseUrl=" + server.baseUrl())
                        .split(body()).streaming()
                            .delay(5).syncDelayed()
                            .process(e -> {
                                String text = e.getMessage().getBody(String.class);
                                if (text != null && text.length() == TEXT_SIZE) {
                                    received.incrementAndGet();
                                }
                            })
                        .end();
            }
        };
    }

    @Test
    void everyChunkArrives() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < CHUNKS; i++) {
            texts.add("x".repeat(TEXT_SIZE));
        }
        server.enqueue(ScriptedResponse.sse(Sse.answer(texts.toArray(String[]::new))));

        long start = System.nanoTime();
        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Write a lot"));
        System.out.printf("600 chunks through a 5 ms/chunk split: %d ms, %d chunks, failure %s%n",
                SizeCapChecks.millisSince(start), received.get(), result.getException());

        assertThat(result.getException()).isNull();
        assertThat(received.get()).isEqualTo(CHUNKS);
    }
}
