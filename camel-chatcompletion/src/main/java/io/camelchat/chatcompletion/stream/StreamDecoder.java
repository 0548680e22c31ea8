package io.camelchat.chatcompletion.stream;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.EnvelopeMode;
import io.camelchat.chatcompletion.http.ResponseHead;
import io.camelchat.chatcompletion.response.Envelope;
import io.camelchat.chatcompletion.response.Failures;
import io.camelchat.chatcompletion.json.Json;
import io.camelchat.chatcompletion.sse.SseEvent;
import io.camelchat.chatcompletion.sse.SseParser;

/**
 * Turns the bytes of a {@code text/event-stream} answer into chunks and one final outcome (client contract rules 6 to
 * 9): {@code [DONE]} ends the stream, each event may be enveloped, inline errors fail it even when {@code [DONE]}
 * follows, and it only succeeds when choice 0 received a finish reason. Not thread-safe: one feeding thread at a time.
 */
public final class StreamDecoder implements SseParser.Listener {

    private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);

    private final ResponseHead head;
    private final EnvelopeMode envelopeMode;
    private final StreamListener listener;
    private final Runnable onDataEvent;
    private final SseParser parser;
    private final StreamAccumulator accumulator = new StreamAccumulator();
    private final StreamLimits limits;
    private int chunks;
    private boolean terminated;

    /**
     * @param onDataEvent called for every data event (not for comments), for the stream timeouts
     */
    public StreamDecoder(ResponseHead head, EnvelopeMode envelopeMode, StreamLimits limits, StreamListener listener,
                         Runnable onDataEvent) {
        this.head = head;
        this.limits = limits;
        this.parser = new SseParser(this, limits.maxEventSize());
        this.envelopeMode = envelopeMode;
        this.listener = listener;
        this.onDataEvent = onDataEvent;
    }

    /** Feeds the next bytes off the wire; ignored once the stream has ended or failed. */
    public void feed(ByteBuffer bytes) {
        if (terminated) {
            bytes.position(bytes.limit());
            return;
        }
        try {
            parser.feed(bytes);
        } catch (SseParser.EventTooLargeException e) {
            fail(Failures.limitExceeded(head, "maxEventSize", e.limit(), "a stream event (or one line of it) is larger"));
        }
    }

    /**
     * The body ended: succeeds only with a finish reason and no event left unterminated; a final {@code [DONE]}
     * without its line end still counts.
     */
    public void end() {
        if (terminated) {
            return;
        }
        SseEvent unterminated = parser.endOfInput();
        if (unterminated != null && isDone(unterminated.data())) {
            onEvent(unterminated);
        } else if (accumulator.isFinished() && unterminated == null) {
            complete();
        } else {
            fail(Failures.protocol(head, unterminated != null
                    ? "stream truncated: the body ended inside an event"
                    : "stream truncated: the body ended without a finish_reason", null, null));
        }
    }

    private static boolean isDone(String data) {
        return data.strip().equals("[DONE]");
    }

    /** The stream failed from outside (transport failure, timeout, cancellation). */
    public void fail(ChatCompletionException error) {
        if (!terminated) {
            terminated = true;
            listener.onError(error.withPartialContent(accumulator.content(), accumulator.finishReason()));
        }
    }

    /** The String form: only the event still pending at the end of the body comes this way. */
    @Override
    public void onEvent(SseEvent event) {
        byte[] data = event.data().getBytes(StandardCharsets.UTF_8);
        onEvent(event.type(), data, 0, data.length);
    }

    /** An event's data, read as bytes: decoded to a String only to report a failure. */
    @Override
    public void onEvent(String type, byte[] data, int offset, int length) {
        if (terminated) {
            return;
        }
        onDataEvent.run();
        if ("error".equals(type)) {
            fail(inlineError(text(data, offset, length)));
            return;
        }
        int start = offset;
        int end = offset + length;
        while (start < end && isAsciiWhitespace(data[start])) {
            start++;
        }
        while (end > start && isAsciiWhitespace(data[end - 1])) {
            end--;
        }
        if (start == end || (data[start] < 0 && text(data, start, end - start).isBlank())) {
            return; // an event without data: nothing to decode
        }
        if (isDone(data, start, end)) {
            if (accumulator.isFinished()) {
                complete();
            } else {
                fail(Failures.protocol(head, "stream truncated: [DONE] without a finish_reason", null, null));
            }
            return;
        }
        JsonNode payload = parse(data, start, end - start);
        if (payload != null && !terminated) {
            acceptPayload(payload, data, offset, length);
        }
    }

    private static boolean isAsciiWhitespace(byte b) {
        return b >= 0 && Character.isWhitespace((char) b);
    }

    private static boolean isDone(byte[] data, int start, int end) {
        return end - start == DONE.length && Arrays.equals(data, start, end, DONE, 0, DONE.length);
    }

    private static String text(byte[] data, int offset, int length) {
        return new String(data, offset, length, StandardCharsets.UTF_8);
    }

    private JsonNode parse(byte[] data, int offset, int length) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(data, offset, length);
        } catch (IOException e) {
            String text = text(data, offset, length);
            fail(Failures.protocol(head, "malformed JSON data in a stream event: " + e.getMessage(), text, e));
            return null;
        }
        if (node == null || !node.isObject()) {
            fail(Failures.protocol(head, "a stream event's data is not a JSON object", text(data, offset, length),
                    null));
            return null;
        }
        if (envelopeMode != EnvelopeMode.never && Envelope.isEnvelope(node)) {
            Envelope envelope = Envelope.of(node);
            if (!envelope.success()) {
                fail(Failures.envelope(head, envelope, text(data, offset, length)));
                return null;
            }
            return envelope.data() != null && envelope.data().isObject() ? envelope.data() : null;
        }
        if (envelopeMode == EnvelopeMode.always) {
            fail(Failures.protocol(head, "expected enveloped stream events but got other data",
                    text(data, offset, length), null));
            return null;
        }
        return node;
    }

    private void acceptPayload(JsonNode payload, byte[] data, int offset, int length) {
        String text = accumulator.accept(payload);
        if (accumulator.accumulatedChars() > limits.maxContentSize()) {
            fail(Failures.limitExceeded(head, "maxStreamContentSize", limits.maxContentSize(),
                    "the streamed text, reasoning and tool-call arguments are larger"));
            return;
        }
        if (text != null) {
            listener.onChunk(new StreamChunk(chunks++, text, accumulator.id(), accumulator.model(),
                    accumulator.chunkFinishReason()));
        }
        if (Json.has(payload, "error")) {
            fail(Failures.inline(head, payload, text(data, offset, length)));
        }
    }

    private ChatCompletionException inlineError(String data) {
        JsonNode node = null;
        try {
            node = Json.MAPPER.readTree(data);
        } catch (IOException notJson) {
            // a plain-text error message
        }
        if (node == null || !node.isObject()) {
            return Failures.inline(head, Json.MAPPER.createObjectNode().put("error", data), data);
        }
        return Failures.inline(head, node.has("error") ? node : Json.MAPPER.createObjectNode().set("error", node),
                data);
    }

    private void complete() {
        terminated = true;
        listener.onComplete(accumulator.toResponse());
    }
}
