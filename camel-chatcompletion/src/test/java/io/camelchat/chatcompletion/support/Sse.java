package io.camelchat.chatcompletion.support;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Server-sent events of an OpenAI-style {@code chat.completion.chunk} stream, each a complete event (blank line
 * included), for scripted servers.
 */
public final class Sse {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String ID = "chatcmpl-s1";
    public static final String MODEL = "gpt-4o-mini";
    public static final long CREATED = 1700000000L;

    private Sse() {
    }

    /** A chunk adding {@code text} to choice 0. */
    public static String delta(String text) {
        return event("{\"id\":\"" + ID + "\",\"object\":\"chat.completion.chunk\",\"created\":" + CREATED
                     + ",\"model\":\"" + MODEL + "\",\"choices\":[{\"index\":0,\"delta\":{\"content\":" + quote(text)
                     + "},\"finish_reason\":null}]}");
    }

    /** The first chunk servers send: the role and an empty text. */
    public static String role() {
        return event("{\"id\":\"" + ID + "\",\"object\":\"chat.completion.chunk\",\"created\":" + CREATED
                     + ",\"model\":\"" + MODEL
                     + "\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
                     + "\"finish_reason\":null}]}");
    }

    /** The chunk carrying the finish reason, with an empty delta. */
    public static String finish(String reason) {
        return event("{\"id\":\"" + ID + "\",\"object\":\"chat.completion.chunk\",\"created\":" + CREATED
                     + ",\"model\":\"" + MODEL + "\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\""
                     + reason + "\"}]}");
    }

    /** The usage chunk sent last when stream_options.include_usage is on. */
    public static String usage(int prompt, int completion) {
        return event("{\"id\":\"" + ID + "\",\"object\":\"chat.completion.chunk\",\"created\":" + CREATED
                     + ",\"model\":\"" + MODEL + "\",\"choices\":[],\"usage\":{\"prompt_tokens\":" + prompt
                     + ",\"completion_tokens\":" + completion + ",\"total_tokens\":" + (prompt + completion) + "}}");
    }

    /** An inline error event, as OpenAI-compatible servers send mid-stream. */
    public static String error(String message) {
        return event("{\"error\":{\"message\":" + quote(message) + ",\"type\":\"server_error\",\"code\":\"overloaded\"}}");
    }

    public static String done() {
        return "data: [DONE]\n\n";
    }

    public static String keepAlive() {
        return ": keep-alive\n\n";
    }

    /** role, one delta per text, finish(stop), usage and [DONE]. */
    public static String[] answer(String... texts) {
        List<String> events = new ArrayList<>();
        events.add(role());
        for (String text : texts) {
            events.add(delta(text));
        }
        events.add(finish("stop"));
        events.add(usage(9, texts.length));
        events.add(done());
        return events.toArray(String[]::new);
    }

    /** Concatenated pieces. */
    public static String join(String... texts) {
        return String.join("", texts);
    }

    private static String event(String json) {
        return "data: " + json + "\n\n";
    }

    private static String quote(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
