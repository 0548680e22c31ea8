package io.camelchat.chatcompletion.observe;

import java.util.concurrent.Callable;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Runs a plain and a streamed call against a replay server, with every observability option set in the URI. Loaded by
 * {@link ComponentWorksWithoutMicrometerAndOpenTelemetryTest} in a class loader without Micrometer and OpenTelemetry;
 * it names neither.
 */
public class IsolatedCall implements Callable<String> {

    @Override
    public String call() throws Exception {
        try (ReplayServer server = new ReplayServer(); CamelContext context = new DefaultCamelContext()) {
            context.addComponent("chatcompletion", new ChatCompletionComponent());
            context.start();
            server.enqueue(ScriptedResponse.json(200, Bodies.openAi("plain")));
            server.enqueue(ScriptedResponse.sse(Sse.answer("stre", "amed")));
            String uri = "chatcompletion:gpt-4o-mini?baseUrl=" + server.baseUrl() + "&maxRetries=0"
                         + "&providerName=gateway&metricsRouteIdTag=true&traceContent=true";
            ProducerTemplate template = context.createProducerTemplate();
            Exchange plain = template.request(uri, e -> e.getMessage().setBody("Hello!"));
            Exchange streamed = template.request(uri + "&stream=true&streamingMode=aggregate",
                    e -> e.getMessage().setBody("Hello!"));
            if (plain.getException() != null) {
                throw plain.getException();
            }
            if (streamed.getException() != null) {
                throw streamed.getException();
            }
            return plain.getMessage().getBody(String.class) + "|" + streamed.getMessage().getBody(String.class);
        }
    }
}
