package io.camelchat.chatcompletion;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A single content delta of over 1 MiB, written to a real socket in pieces cut inside the JSON and inside multi-byte
 * characters, reaches the route intact as one chunk.
 */
class StreamingMaxDeltaTest extends ReplayServerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:m?stream=true&baseUrl=" + server.baseUrl())
                        .split(body()).streaming()
                            .to("mock:chunk")
                        .end()
                        .to("mock:done");
            }
        };
    }

    /** At least 1 MiB of UTF-8: whole repetitions of a 42-byte pattern holding a 2-byte and a 4-byte character. */
    private static String mebibyteText() {
        String pattern = "0123456789abcdefghijklmnopqrstuvwxyzé😊";
        StringBuilder text = new StringBuilder();
        for (int bytes = 0; bytes < (1 << 20); bytes += 42) {
            text.append(pattern);
        }
        return text.toString();
    }

    @Test
    void aMebibyteDeltaArrivesAsOneIntactChunk() throws Exception {
        String big = mebibyteText();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        int headLength = raw.size();
        raw.writeBytes(("data: {\"id\":\"big\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + big
                + "\"}}]}\n\n"
                + "data: {\"id\":\"big\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                + "data: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = raw.toByteArray();
        int bodyLength = bytes.length - headLength;
        // 36 ASCII bytes, then é (2 bytes) and 😊 (4 bytes): 38 cuts inside é's, 40 and 41 inside 😊's
        int start = "data: {\"id\":\"big\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"".length();
        int[] cuts = {10, start + 37, start + 42 * 1000 + 39, start + 42 * 12345 + 41, start + 42 * 20000 + 5,
            bodyLength - 40, bodyLength - 3};
        server.enqueue(ScriptedResponse.ofRaw(bytes, cuts, 20));
        MockEndpoint chunks = getMockEndpoint("mock:chunk");
        chunks.expectedMessageCount(1);
        getMockEndpoint("mock:done").expectedMessageCount(1);

        Exchange result = template.request("direct:start", e -> e.getMessage().setBody("Hello"));

        assertThat(result.getException()).isNull();
        MockEndpoint.assertIsSatisfied(context);
        assertThat(chunks.getReceivedExchanges().get(0).getMessage().getBody(String.class)).isEqualTo(big);
        Exchange done = getMockEndpoint("mock:done").getReceivedExchanges().get(0);
        assertThat(done.getMessage().getHeader(ChatCompletionConstants.CONTENT)).isEqualTo(big);
        assertThat(done.getMessage().getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
    }
}
