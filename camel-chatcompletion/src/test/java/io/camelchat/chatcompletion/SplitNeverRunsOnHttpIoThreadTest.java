package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.http.SharedClients;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chunks mode: the split, its chunk exchanges and the rest of the route run on a route thread, never on one of the
 * HTTP client's I/O threads (requester-dispatch-*), whose blocking would stall every connection.
 */
class SplitNeverRunsOnHttpIoThreadTest extends ChatCompletionTestSupport {

    private final ReplayServer server = new ReplayServer();
    private final List<String> threadNames = new CopyOnWriteArrayList<>();

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
                        .to("chatcompletion:gpt-4o?stream=true&baseUrl=" + server.baseUrl())
                        .process(e -> threadNames.add("after call " + Thread.currentThread().getName()))
                        .split(body()).streaming()
                            .process(e -> threadNames.add("chunk " + Thread.currentThread().getName()))
                            .to("mock:chunk")
                        .end()
                        .process(e -> threadNames.add("after split " + Thread.currentThread().getName()))
                        .to("mock:done");
            }
        };
    }

    @Test
    void noRouteStepRunsOnAnIoThread() throws Exception {
        server.enqueue(ScriptedResponse.sse(Sse.answer("x", "y", "z")).withDelayMs(20));
        getMockEndpoint("mock:chunk").expectedBodiesReceived("x", "y", "z");
        getMockEndpoint("mock:done").expectedMessageCount(1);

        template.sendBody("direct:start", "xyz");

        MockEndpoint.assertIsSatisfied(context);
        assertThat(threadNames).hasSize(5);
        assertThat(threadNames).noneMatch(name -> name.contains(SharedClients.IO_THREAD_PREFIX));
        assertThat(threadNames).allMatch(name -> name.contains("ChatCompletionStream"));
    }
}
