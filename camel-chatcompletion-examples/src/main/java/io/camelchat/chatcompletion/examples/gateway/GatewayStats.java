package io.camelchat.chatcompletion.examples.gateway;

/**
 * What the embedded gateway has seen.
 *
 * @param requests    requests received, faults and retries included
 * @param maxInFlight the most requests it was serving at the same time
 * @param tokens      total tokens of the answers it gave
 * @param rateLimited 429s it answered because its requests-per-minute quota was used up
 */
public record GatewayStats(long requests, int maxInFlight, long tokens, long rateLimited) {
}
