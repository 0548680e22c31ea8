package io.camelchat.chatcompletion.sse;

import java.util.Objects;

/**
 * One dispatched Server-Sent Event.
 *
 * @param type the {@code event:} field value, or {@code null} when the event had none (or an empty one);
 *             {@code "error"} for error events (see {@link SseParser})
 * @param data the event's data lines joined with {@code \n} (never {@code null})
 */
public record SseEvent(String type, String data) {

    /** Validates that {@code data} is not null. */
    public SseEvent {
        Objects.requireNonNull(data, "data");
    }

    /** Returns true for an {@code event: error} event or an event built from non-standard {@code error:} fields. */
    public boolean isError() {
        return "error".equals(type);
    }
}
