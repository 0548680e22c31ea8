package io.camelchat.chatcompletion;

/**
 * How the component reads a text body (a String, or bytes and streams converted to text). Structured bodies (a
 * {@code Map}, a {@code List} of messages, a Jackson {@code JsonNode}, a
 * {@link io.camelchat.chatcompletion.model.ChatCompletionRequest}) are read as what they are in every format.
 */
public enum InputFormat {
    /** Text is the user's prompt, whatever it contains: untrusted text can never pick the model or other fields. */
    prompt,
    /** Text is a full JSON request (an object with messages) or a JSON array of messages. */
    request,
    /** Text that parses as a JSON request or message array is one; any other text is a prompt. */
    auto
}
