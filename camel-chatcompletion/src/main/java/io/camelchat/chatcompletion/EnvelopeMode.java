package io.camelchat.chatcompletion;

/**
 * How the component treats the vendor's {@code {success, code, message, data}} envelope.
 */
public enum EnvelopeMode {
    /** Unwrap a body that looks like an envelope (a boolean {@code success} plus {@code data} or {@code code}). */
    auto,
    /** Every answer must be an envelope; anything else is a protocol error. */
    always,
    /** Never unwrap: the answer is plain OpenAI format. */
    never
}
