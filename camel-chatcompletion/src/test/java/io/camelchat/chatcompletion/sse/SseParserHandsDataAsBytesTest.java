package io.camelchat.chatcompletion.sse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listener that takes the byte form gets each event's data as the UTF-8 bytes of the decoded text (lines joined with
 * LF, no last LF), however the input was split, with no String made for it.
 */
class SseParserHandsDataAsBytesTest {

    private final List<String> seen = new ArrayList<>();

    private final SseParser.Listener bytesOnly = new SseParser.Listener() {
        @Override
        public void onEvent(SseEvent event) {
            throw new AssertionError("the byte form must be called, not the String form");
        }

        @Override
        public void onEvent(String type, byte[] data, int offset, int length) {
            seen.add(type + "|" + new String(data, offset, length, StandardCharsets.UTF_8));
        }
    };

    @Test
    void dataArrivesAsBytesFedOneByteAtATime() {
        byte[] input = ("data: a😊\r\ndata: é b\r\n\r\nevent: error\ndata: {\"x\":1}\n\nerror: gone\n\ndata:  [DONE] \n\n")
                .getBytes(StandardCharsets.UTF_8);
        SseParser parser = new SseParser(bytesOnly);

        for (int i = 0; i < input.length; i++) {
            parser.feed(input, i, 1);
        }

        assertThat(seen).containsExactly("null|a😊\né b", "error|{\"x\":1}", "error|gone", "null| [DONE] ");
    }
}
