package io.camelchat.chatcompletion.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * Example 1: a prompt in, the answer and its token usage out.
 */
public class HelloRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:hello").routeId("hello")
                .to("chatcompletion:{{chat.model}}?systemMessage=You are a concise assistant.")
                .log("answer: ${body} (finish ${header.CamelChatCompletionFinishReason}, "
                     + "tokens ${header.CamelChatCompletionTotalTokens})");
    }
}
