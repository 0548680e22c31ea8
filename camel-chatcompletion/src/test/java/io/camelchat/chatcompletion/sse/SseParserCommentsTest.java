package io.camelchat.chatcompletion.sse;

import static io.camelchat.chatcompletion.sse.SseTestSupport.data;
import static io.camelchat.chatcompletion.sse.SseTestSupport.parseAllSplits;
import static io.camelchat.chatcompletion.sse.SseTestSupport.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserCommentsTest {

    @Test
    void commentsAreIgnoredAndCounted() {
        SseTestSupport.Result result = parseAllSplits(utf8(":\n: keep-alive\ndata: a\n:data: b\n\n:x\r\n"));

        assertThat(result.events()).containsExactly(data("a"));
        assertThat(result.comments()).isEqualTo(4);
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void commentBetweenDataLinesDoesNotEndTheEvent() {
        SseTestSupport.Result result = parseAllSplits(utf8("data: a\n: ping\ndata: b\n\n"));

        assertThat(result.events()).containsExactly(data("a\nb"));
        assertThat(result.comments()).isEqualTo(1);
    }

    @Test
    void commentIsCountedOnlyOnceComplete() {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);

        parser.feed(utf8(": ping"), 0, 6);
        assertThat(parser.commentLines()).isZero();
        parser.feed(utf8("\r"), 0, 1);
        assertThat(parser.commentLines()).isEqualTo(1);
        parser.feed(utf8("\n"), 0, 1);
        assertThat(parser.commentLines()).isEqualTo(1);
        assertThat(events).isEmpty();
    }
}
