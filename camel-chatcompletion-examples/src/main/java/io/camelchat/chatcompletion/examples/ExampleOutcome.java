package io.camelchat.chatcompletion.examples;

/**
 * What one example did.
 *
 * @param name       the example's name
 * @param ok         whether it did what it says
 * @param detail     one line for the console
 * @param recordsIn  inputs it processed (prompts or Kafka records)
 * @param recordsOut inputs that got their answer (answered prompts, enriched records)
 * @param failures   inputs that failed (for Kafka: records sent to the dead-letter topic)
 * @param tokens     tokens used, as the server reported them
 */
public record ExampleOutcome(String name, boolean ok, String detail, int recordsIn, int recordsOut, int failures,
        long tokens) {

    public static ExampleOutcome failed(String name, String detail) {
        return new ExampleOutcome(name, false, detail, 0, 0, 0, 0);
    }
}
