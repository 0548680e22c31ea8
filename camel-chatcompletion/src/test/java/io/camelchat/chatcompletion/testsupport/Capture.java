package io.camelchat.chatcompletion.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One recorded real server response: a case folder with {@code response.http} (status line, headers, empty line,
 * body bytes verbatim) and {@code expect.json} (what a correct client produces from it).
 */
public final class Capture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final byte[] raw;
    private final RawHttpResponse response;
    private final JsonNode expect;

    private Capture(String name, byte[] raw, JsonNode expect) {
        this.name = name;
        this.raw = raw;
        this.response = RawHttpResponse.parse(raw);
        this.expect = expect;
    }

    /**
     * Loads a case folder.
     *
     * @param caseDir a folder holding {@code response.http} and {@code expect.json}
     * @return the capture, named after the folder
     * @throws UncheckedIOException     when a file cannot be read or {@code expect.json} is not JSON
     * @throws IllegalArgumentException when {@code response.http} has no head/body separator or status line
     */
    public static Capture load(Path caseDir) {
        Objects.requireNonNull(caseDir, "caseDir");
        try {
            byte[] raw = Files.readAllBytes(caseDir.resolve("response.http"));
            JsonNode expect = JSON.readTree(caseDir.resolve("expect.json").toFile());
            return new Capture(caseDir.getFileName().toString(), raw, expect);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load capture " + caseDir, e);
        }
    }

    /** @return the case folder name, for example {@code s-real-deepseek-reasoner} */
    public String name() {
        return name;
    }

    /** @return a copy of the whole {@code response.http}: head and body */
    public byte[] raw() {
        return raw.clone();
    }

    /** @return a copy of the body: the bytes after the first {@code CRLFCRLF} */
    public byte[] body() {
        return response.body();
    }

    /** @return the status code from the status line */
    public int status() {
        return response.status();
    }

    /** @return the {@code Content-Type} header as recorded, or {@code null} when absent */
    public String contentType() {
        return response.headers().get("Content-Type");
    }

    /** @return the parsed {@code expect.json} (a shared tree: do not modify it) */
    public JsonNode expect() {
        return expect;
    }

    /** @return whether {@code expect.mode} is {@code "stream"} */
    public boolean isStream() {
        return "stream".equals(expect.path("mode").asText());
    }

    /**
     * Builds the replay of this capture: the exact raw bytes, cut at {@code expect.splitAt} (body offsets) with
     * {@code expect.flushDelayMs} between pieces when present, else in one piece; ends with a normal close.
     *
     * @return the scripted response
     */
    public ScriptedResponse toScriptedResponse() {
        JsonNode splitAt = expect.path("splitAt");
        if (!splitAt.isArray() || splitAt.isEmpty()) {
            return ScriptedResponse.ofRaw(raw);
        }
        int[] offsets = new int[splitAt.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = splitAt.get(i).asInt();
        }
        return ScriptedResponse.ofRaw(raw, offsets, expect.path("flushDelayMs").asLong(0));
    }

    @Override
    public String toString() {
        return name;
    }
}
