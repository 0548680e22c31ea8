package io.camelchat.chatcompletion.http;

/**
 * Sends chat completion requests without blocking the caller. The default implementation is
 * {@link HttpClient5Transport}.
 */
public interface ChatTransport {

    /**
     * Starts sending the request and returns at once. The listener is told about the response, or about the failure,
     * exactly once per call.
     */
    HttpCall send(HttpCallRequest request, ResponseListener listener);
}
