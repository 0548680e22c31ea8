package io.camelchat.chatcompletion.response;

import io.camelchat.chatcompletion.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.EnvelopeMode;
import io.camelchat.chatcompletion.http.ResponseHead;

/**
 * Reads a complete non-streaming answer (client contract rules 1 and 5): status first, then the envelope, then an
 * inline error, then the payload.
 */
public final class ResponseReader {

    private ResponseReader() {
    }

    public static ChatResult read(ResponseHead head, byte[] body, int length, EnvelopeMode envelopeMode)
            throws ChatCompletionException {
        if (!head.isSuccess()) {
            throw Failures.http(head, body, length);
        }
        JsonNode document;
        try {
            document = Json.parse(body, length);
        } catch (IOException e) {
            throw Failures.protocol(head, "malformed JSON data in the response body: " + e.getMessage(),
                    text(body, length), e);
        }
        if (document == null) {
            throw Failures.protocol(head, "empty response body", null, null);
        }
        Envelope envelope = null;
        JsonNode payload = document;
        if (envelopeMode != EnvelopeMode.never && Envelope.isEnvelope(document)) {
            envelope = Envelope.of(document);
            if (!envelope.success()) {
                throw Failures.envelope(head, envelope, text(body, length));
            }
            if (envelope.data() == null) {
                throw Failures.protocol(head, "envelope says success but its data is null", text(body, length), null);
            }
            payload = envelope.data();
        } else if (envelopeMode == EnvelopeMode.always && !Json.has(document, "error")) {
            throw Failures.protocol(head, "expected the {success, code, message, data} envelope but got other data",
                    text(body, length), null);
        }
        if (!payload.isObject()) {
            throw Failures.protocol(head, "expected a JSON object as response data", text(body, length), null);
        }
        if (Json.has(payload, "error")) {
            throw Failures.inline(head, payload, text(body, length));
        }
        if (!payload.has("choices")) {
            throw Failures.protocol(head, "response data has no choices", text(body, length), null);
        }
        return new ChatResult(ResponseMapper.map(payload), payload, envelope, head.status());
    }

    private static String text(byte[] body, int length) {
        return new String(body, 0, Math.min(length, Failures.MAX_BODY_COPY), StandardCharsets.UTF_8);
    }
}
