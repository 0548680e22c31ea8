package io.camelchat.chatcompletion.request;

/**
 * A request ready to send: the JSON body, and what the body says about the call.
 *
 * @param body   the JSON request body
 * @param model  the model named in the body
 * @param stream whether the body asks for a streamed answer
 * @param estimatedTokens the tokens the call may use, for a token budget: its prompt (a quarter of its bytes) and
 *                        its completion (max tokens, or the configured estimate)
 */
public record PreparedRequest(byte[] body, String model, boolean stream, long estimatedTokens) {
}
