package io.camelchat.chatcompletion.examples;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * One runnable example: a Camel Main route set, and the steps that drive it and check what it did.
 */
public interface Example extends AutoCloseable {

    /** The name used on the command line, e.g. {@code kafka}. */
    String name();

    /** One line saying what the example shows. */
    String title();

    /** Adds the example's routes (Java builders, YAML include patterns), beans and properties before Main starts. */
    void configure(Main main, ExampleSettings settings) throws Exception;

    /** Drives the started routes and reports whether they did what the example says. */
    ExampleOutcome run(CamelContext context, ExampleSettings settings) throws Exception;

    /** Releases what the example started besides Camel (a Kafka broker, for instance). */
    @Override
    default void close() throws Exception {
    }
}
