package io.camelchat.chatcompletion.request;

/**
 * A request ready to send: the JSON body, and what the body says about the call.
 *
 * @param body   the JSON request body
 * @param model  the model named in the body
 * @param stream whether the body asks for a streamed answer
 */
public record PreparedRequest(byte[] body, String model, boolean stream) {
}
