package io.camelchat.chatcompletion.sse;

import static io.camelchat.chatcompletion.sse.SseTestSupport.concat;
import static io.camelchat.chatcompletion.sse.SseTestSupport.data;
import static io.camelchat.chatcompletion.sse.SseTestSupport.parseAllSplits;
import static io.camelchat.chatcompletion.sse.SseTestSupport.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserBomTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void leadingBomIsDropped() {
        // a kept BOM would make the first field name "\uFEFFdata", which is ignored
        SseTestSupport.Result result = parseAllSplits(concat(BOM, utf8("data: x\n\n")));

        assertThat(result.events()).containsExactly(data("x"));
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void leadingBomSplitOverThreeFeedsIsDropped() {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);

        parser.feed(BOM, 0, 1);
        parser.feed(BOM, 1, 1);
        parser.feed(new byte[0], 0, 0);
        parser.feed(BOM, 2, 1);
        parser.feed(utf8("data: x\n\n"), 0, 9);

        assertThat(events).containsExactly(data("x"));
        assertThat(parser.endOfInput()).isNull();
    }

    @Test
    void bomLaterInTheStreamIsContent() {
        byte[] input = concat(utf8("data: x\n"), BOM, utf8("data: ignored\ndata: "), BOM, utf8("y\n\n"));

        assertThat(parseAllSplits(input).events()).containsExactly(data("x\n\uFEFFy"));
    }

    @Test
    void onlyOneLeadingBomIsDropped() {
        assertThat(parseAllSplits(concat(BOM, BOM, utf8("data: x\n\n"))).events()).isEmpty();
    }

    @Test
    void partialBomAtStartIsContent() {
        // EF not followed by BB: the byte is kept, so the field name is not "data"
        byte[] input = concat(new byte[] {(byte) 0xEF}, utf8("data: x\n\ndata: y\n\n"));
        assertThat(parseAllSplits(input).events()).containsExactly(data("y"));

        byte[] twoBytes = concat(BOM, utf8("data: x\n\n"));
        twoBytes[2] = ':'; // EF BB ':' -> not a comment, not a BOM
        assertThat(parseAllSplits(twoBytes).events()).isEmpty();
    }

    @Test
    void partialBomAsWholeInputIsATruncatedLine() {
        assertThat(parseAllSplits(new byte[] {(byte) 0xEF, (byte) 0xBB}).truncated()).isTrue();
        assertThat(parseAllSplits(BOM).truncated()).isFalse();
    }

    @Test
    void endOfInputStartsANewStreamWhoseBomIsDroppedAgain() {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        byte[] stream = concat(BOM, utf8("data: x\n\n"));

        parser.feed(stream, 0, stream.length);
        assertThat(parser.endOfInput()).isNull();
        parser.feed(stream, 0, stream.length);

        assertThat(events).containsExactly(data("x"), data("x"));
    }
}
