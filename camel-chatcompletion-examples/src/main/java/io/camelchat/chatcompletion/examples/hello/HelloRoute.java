package io.camelchat.chatcompletion.examples.hello;

import org.apache.camel.builder.RouteBuilder;

/**
 * Example 1, Java DSL: a prompt in, the answer and its token usage out. Its YAML twin is {@code routes/hello.yaml}.
 */
public class HelloRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:hello").routeId("hello")
                .to("chatcompletion:{{chat.model}}?systemMessage=You are a concise assistant.")
                .log(org.apache.camel.LoggingLevel.INFO, "examples.hello",
                        "[java] answer: ${body} (finish ${header.CamelChatCompletionFinishReason}, tokens "
                        + "${header.CamelChatCompletionPromptTokens}+${header.CamelChatCompletionCompletionTokens}"
                        + "=${header.CamelChatCompletionTotalTokens})");
    }
}
