package io.camelchat.chatcompletion.sse;

import static io.camelchat.chatcompletion.sse.SseTestSupport.data;
import static io.camelchat.chatcompletion.sse.SseTestSupport.event;
import static io.camelchat.chatcompletion.sse.SseTestSupport.events;
import static io.camelchat.chatcompletion.sse.SseTestSupport.parseAllSplits;
import static io.camelchat.chatcompletion.sse.SseTestSupport.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserLineEndingsTest {

    @Test
    void lfLineEnds() {
        assertThat(events("data: a\n\ndata: b\n\n")).containsExactly(data("a"), data("b"));
    }

    @Test
    void crlfFramingWithPingCommentsLikeSseStarlette() {
        SseTestSupport.Result result = parseAllSplits(utf8(
                ": ping - 2025-01-01 00:00:00.000000+00:00\r\n\r\n"
                        + "data: {\"a\":1}\r\n\r\n"
                        + ": ping - 2025-01-01\r\n\r\n"
                        + "event: msg\r\ndata: two\r\n\r\n"));

        assertThat(result.events()).containsExactly(data("{\"a\":1}"), event("msg", "two"));
        assertThat(result.comments()).isEqualTo(2);
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void crOnlyLineEnds() {
        assertThat(events("data: a\rdata: b\r\revent: x\rdata: c\r\r"))
                .containsExactly(data("a\nb"), event("x", "c"));
    }

    @Test
    void mixedLineEnds() {
        assertThat(events("data: a\r\ndata: b\rdata: c\n\r\ndata: d\n\r"))
                .containsExactly(data("a\nb\nc"), data("d"));
    }

    @Test
    void crAtEndOfFeedAndLfAtStartOfNextIsOneLineEnd() {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);

        parser.feed(utf8("data: a\r"), 0, 8);
        parser.feed(utf8("\ndata: b\r"), 0, 9);
        parser.feed(new byte[0], 0, 0);
        parser.feed(utf8("\n"), 0, 1);
        assertThat(events).isEmpty(); // a second line end here would have dispatched "a"

        parser.feed(utf8("\r"), 0, 1);
        parser.feed(utf8("\n"), 0, 1);
        assertThat(events).containsExactly(data("a\nb"));
        assertThat(parser.endOfInput()).isNull();
    }

    @Test
    void twoCrsAreTwoLineEnds() {
        assertThat(events("data: a\r\rdata: b\r\r\r\r")).containsExactly(data("a"), data("b"));
    }

    @Test
    void lfFollowedByCrIsTwoLineEnds() {
        assertThat(events("data: a\n\rdata: b\n\r")).containsExactly(data("a"), data("b"));
    }

    @Test
    void trailingCrAtEndOfInputEndsTheLine() {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);

        parser.feed(utf8("data: a\n\r"), 0, 9);
        assertThat(events).containsExactly(data("a")); // dispatched without waiting for a possible LF

        parser.feed(utf8(": bye\r"), 0, 6);
        assertThat(parser.commentLines()).isEqualTo(1);
        assertThat(parser.endOfInput()).isNull();
    }
}
