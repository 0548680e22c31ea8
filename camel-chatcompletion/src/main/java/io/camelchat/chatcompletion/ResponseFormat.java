package io.camelchat.chatcompletion;

/**
 * The {@code response_format} the request asks for.
 */
public enum ResponseFormat {
    /** {@code {"type":"text"}}: free text. */
    text,
    /** {@code {"type":"json_object"}}: any JSON object (JSON mode), not checked against a schema. */
    json_object,
    /** {@code {"type":"json_schema",...}}: JSON that fits the schema of jsonSchema or outputClass. */
    json_schema
}
