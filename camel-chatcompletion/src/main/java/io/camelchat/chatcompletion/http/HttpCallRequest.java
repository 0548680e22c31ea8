package io.camelchat.chatcompletion.http;

import java.net.URI;
import java.util.Map;

/**
 * One POST to send: where, which headers, and the JSON body bytes.
 */
public record HttpCallRequest(URI uri, Map<String, String> headers, byte[] body) {
}
