package io.camelchat.chatcompletion.examples.resilience;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Example 4's routes: the component retries retryable failures itself (429 after the server's retry-after hint, 503
 * and a dropped stream after a short backoff) and reports how many attempts the call took.
 */
public class ResilienceRoute extends RouteBuilder {

    @Override
    public void configure() {
        // failures the component gave up on go back to the caller as they are, without Camel's error log
        errorHandler(noErrorHandler());

        from("direct:resilient").routeId("resilient")
                .to("chatcompletion:{{chat.model}}?maxRetries=3&retryInitialDelay=100&maxRetryAfter=5000")
                .log(LoggingLevel.INFO, "examples.resilience",
                        "answered after ${header.CamelChatCompletionAttempts} attempt(s): ${body}");

        // aggregate mode streams on the wire but retries a failed stream whole, since no chunk reached the route yet
        from("direct:resilient-stream").routeId("resilient-stream")
                .to("chatcompletion:{{chat.model}}?stream=true&streamingMode=aggregate"
                    + "&maxRetries=3&retryInitialDelay=100")
                .log(LoggingLevel.INFO, "examples.resilience",
                        "stream answered after ${header.CamelChatCompletionAttempts} attempt(s): ${body}");
    }
}
