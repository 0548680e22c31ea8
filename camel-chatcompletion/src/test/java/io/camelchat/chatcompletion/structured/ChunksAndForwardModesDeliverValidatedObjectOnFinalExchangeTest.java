package io.camelchat.chatcompletion.structured;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chunks and forward modes: the text chunks flow as without a schema, and the validated object arrives on the final
 * exchange: in chunks mode as the body of the exchange that was split, once the split has ended; in forward mode as
 * the body of the original exchange when it continues. An invalid answer there cannot be repaired (its text already
 * reached the route) and fails with INVALID_OUTPUT.
 */
class ChunksAndForwardModesDeliverValidatedObjectOnFinalExchangeTest extends StructuredTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chunks")
                        .toD(uri("&stream=true&outputClass=" + ReviewInsight.class.getName()))
                        .split(body()).streaming()
                            .to("mock:chunk")
                        .end()
                        .to("mock:chunksDone");
                from("direct:forward")
                        .toD(uri("&stream=true&streamingMode=forward&chunkUri=mock:forwarded&outputClass="
                                 + ReviewInsight.class.getName()))
                        .to("mock:forwardDone");
            }
        };
    }

    @Test
    void chunksModeSplitExchangeCarriesTheObject() throws Exception {
        script(n -> AggregateStreamingValidatesAndRepairsTest.stream(VALID));
        MockEndpoint chunks = getMockEndpoint("mock:chunk");
        chunks.expectedMessageCount(3);

        template.sendBody("direct:chunks", "Review: fast kettle");

        MockEndpoint.assertIsSatisfied(context);
        assertThat(chunks.getReceivedExchanges().get(0).getMessage().getBody()).isInstanceOf(String.class);
        Exchange done = getMockEndpoint("mock:chunksDone").getReceivedExchanges().get(0);
        assertThat(done.getMessage().getBody()).isInstanceOf(ReviewInsight.class);
        assertThat(done.getMessage().getHeader(ChatCompletionConstants.STRUCTURED_OUTPUT_REPAIRS)).isEqualTo(0);
    }

    @Test
    void forwardModeOriginalExchangeCarriesTheObject() throws Exception {
        script(n -> AggregateStreamingValidatesAndRepairsTest.stream(VALID));
        getMockEndpoint("mock:forwarded").expectedMessageCount(3);

        template.sendBody("direct:forward", "Review: fast kettle");

        MockEndpoint.assertIsSatisfied(context);
        Exchange done = getMockEndpoint("mock:forwardDone").getReceivedExchanges().get(0);
        assertThat(done.getMessage().getBody(ReviewInsight.class).score()).isEqualTo(5);
    }

    @Test
    void chunksModeInvalidAnswerFailsTheSplitWithoutRepair() {
        script(n -> AggregateStreamingValidatesAndRepairsTest.stream(MISSING_SCORE));

        Exchange result = template.request("direct:chunks", e -> e.getMessage().setBody("Review: fast kettle"));

        assertThat(failureOf(result).getKind()).isEqualTo(ChatCompletionErrorKind.INVALID_OUTPUT);
        assertThat(failureOf(result).getMessage()).contains("no repair");
        assertThat(getMockEndpoint("mock:chunksDone").getReceivedCounter()).isZero();
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void forwardModeInvalidAnswerFailsWithoutRepair() {
        script(n -> AggregateStreamingValidatesAndRepairsTest.stream(MISSING_SCORE));

        Exchange result = template.request("direct:forward", e -> e.getMessage().setBody("Review: fast kettle"));

        assertThat(failureOf(result).getKind()).isEqualTo(ChatCompletionErrorKind.INVALID_OUTPUT);
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
