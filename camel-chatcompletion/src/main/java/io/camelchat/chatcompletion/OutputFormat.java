package io.camelchat.chatcompletion;

/**
 * What the component puts in the message body after a successful call.
 */
public enum OutputFormat {
    /** The first choice's message text (a String, or null when the message had no text). */
    content,
    /** A {@link io.camelchat.chatcompletion.model.ChatCompletionResponse}. */
    response,
    /** The unwrapped OpenAI payload as a JSON String. */
    json
}
