package io.camelchat.chatcompletion.observe;

import java.util.function.IntSupplier;

/**
 * What an observer knows about its endpoint: the attributes every call shares and the endpoint's queue.
 *
 * @param providerName  gen_ai.provider.name
 * @param serverAddress server.address, the host of the base URL
 * @param serverPort    server.port, explicit or the scheme's default
 * @param model         the endpoint's model, or null when exchanges name it
 * @param inFlight      the endpoint's calls holding an in-flight slot
 * @param waiting       the endpoint's calls waiting for a slot
 */
public record ObservedEndpoint(
        String providerName, String serverAddress, int serverPort, String model, IntSupplier inFlight,
        IntSupplier waiting) {
}
