package io.camelchat.chatcompletion.call;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.request.PreparedRequest;
import io.camelchat.chatcompletion.response.ChatResult;
import org.apache.camel.Message;

/**
 * The structured-output side of one call (outputClass, jsonSchema): it checks each answer against the schema, builds
 * the repair and fallback requests, and puts the validated body on the message. The interface names no schema library
 * type, so that a call without structured output never loads one.
 */
public interface StructuredCall {

    /** The call's first request: native or prompt mode, as the endpoint's mode says. */
    PreparedRequest firstRequest();

    /**
     * Checks an answer.
     *
     * @param result         the answer
     * @param repairAllowed  false when the answer's text already reached the route (chunks and forward mode): an
     *                       invalid answer then fails the call instead of being re-asked
     * @return accept, re-ask with a repair request, or fail
     */
    Verdict check(ChatResult result, boolean repairAllowed);

    /** A failed attempt: the request to send instead (auto mode falls back to prompt mode), or null. */
    PreparedRequest fallback(ChatCompletionException failure);

    /** Puts the validated body, the summed usage of every answer and the repair count on the message. */
    void apply(Message message);

    /**
     * What to do with an answer: accept it (both null), send {@code next}, or fail with {@code failure}.
     *
     * @param next    the repair request to send, or null
     * @param failure the INVALID_OUTPUT failure, or null
     */
    record Verdict(PreparedRequest next, ChatCompletionException failure) {

        /** The answer fits the schema. */
        public static final Verdict ACCEPT = new Verdict(null, null);

        public static Verdict reask(PreparedRequest next) {
            return new Verdict(next, null);
        }

        public static Verdict fail(ChatCompletionException failure) {
            return new Verdict(null, failure);
        }
    }
}
