package io.camelchat.chatcompletion.quarkus.it;

import org.apache.camel.builder.RouteBuilder;

/**
 * Java DSL routes calling the chatcompletion component, configured by {@code camel.component.chatcompletion.*} in
 * application.properties (base URL and API key).
 */
public class ChatRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:java-prompt").routeId("java-prompt")
                .to("chatcompletion:java-model");

        from("direct:java-stream").routeId("java-stream")
                .to("chatcompletion:stream-model?stream=true&streamingMode=aggregate");

        // everything but the model comes from application.properties
        from("direct:java-dynamic").routeId("java-dynamic")
                .toD("chatcompletion:${header.model}");
    }
}
