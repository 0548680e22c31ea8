package io.camelchat.chatcompletion.model;

/**
 * A tool (function) call requested by the model.
 *
 * @param index     the call's position in the result (0-based)
 * @param id        the id the server gave the call, to be echoed in the {@code tool} message that answers it
 * @param type      the call type, usually {@code function}
 * @param name      the function name
 * @param arguments the arguments exactly as the server sent them: a JSON document as a String, never parsed
 */
public record ChatCompletionToolCall(int index, String id, String type, String name, String arguments) {
}
