package io.camelchat.chatcompletion.structured;

import java.util.List;

/** A typed answer for tests with a nested list of records. */
public record Order(String id, List<Line> lines) {

    /** One line of an order. */
    public record Line(String product, int quantity) {
    }
}
