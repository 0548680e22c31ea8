package io.camelchat.chatcompletion.quarkus.it;

import org.apache.camel.builder.RouteBuilder;

/** Java DSL routes: one call, and one stream aggregated into one exchange. */
public class ChatRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:ask").to("chatcompletion:gpt-4o-mini");
        from("direct:stream").to("chatcompletion:gpt-4o-mini?stream=true&streamingMode=aggregate");
        from("direct:ask-model").toD("chatcompletion:${header.model}");
    }
}
