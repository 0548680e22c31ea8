package io.camelchat.chatcompletion.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application with the two routes the README shows: one call, and one stream aggregated. */
@SpringBootApplication
public class ChatRoutesApplication {

    @Bean
    RouteBuilder chatRoutes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ask").to("chatcompletion:gpt-4o-mini");
                from("direct:stream").to("chatcompletion:gpt-4o-mini?stream=true&streamingMode=aggregate");
            }
        };
    }
}
