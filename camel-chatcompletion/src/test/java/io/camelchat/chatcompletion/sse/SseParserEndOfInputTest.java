package io.camelchat.chatcompletion.sse;

import static io.camelchat.chatcompletion.sse.SseTestSupport.data;
import static io.camelchat.chatcompletion.sse.SseTestSupport.parseAllSplits;
import static io.camelchat.chatcompletion.sse.SseTestSupport.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserEndOfInputTest {

    private static SseTestSupport.Result parse(String input) {
        return parseAllSplits(utf8(input));
    }

    @Test
    void emptyInputIsNotTruncated() {
        assertThat(parse("")).isEqualTo(new SseTestSupport.Result(List.of(), false, 0));
    }

    @Test
    void cleanFinalEmptyLineIsNotTruncated() {
        assertThat(parse("data: a\n\ndata: b\r\n\r\n")).isEqualTo(
                new SseTestSupport.Result(List.of(data("a"), data("b")), false, 0));
    }

    @Test
    void partialDataLineLeavesAnUndispatchedEvent() {
        assertThat(parse("data: a\n\ndata: b")).isEqualTo(
                new SseTestSupport.Result(List.of(data("a")), true, 0));
    }

    @Test
    void partialLineWithoutDataLeavesNoEvent() {
        assertThat(parse("data: a\n\nid: 1")).isEqualTo(
                new SseTestSupport.Result(List.of(data("a")), false, 0));
    }

    @Test
    void partialCommentLineIsJustAComment() {
        assertThat(parse("data: a\n\n: ping")).isEqualTo(
                new SseTestSupport.Result(List.of(data("a")), false, 1));
    }

    @Test
    void finalDataLineWithoutLineEndIsReturnedNotDispatched() {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        byte[] input = utf8("data: a\n\ndata: [DONE]");
        parser.feed(input, 0, input.length);
        assertThat(parser.endOfInput()).isEqualTo(data("[DONE]"));
        assertThat(events).containsExactly(data("a"));
    }

    @Test
    void dataWithoutFinalEmptyLineIsTruncatedAndDiscarded() {
        assertThat(parse("data: a\n\ndata: b\n")).isEqualTo(
                new SseTestSupport.Result(List.of(data("a")), true, 0));
        assertThat(parse("data: b\r")).isEqualTo(new SseTestSupport.Result(List.of(), true, 0));
    }

    @Test
    void errorFieldWithoutFinalEmptyLineIsTruncated() {
        assertThat(parse("error: {\"code\":500}\n")).isEqualTo(new SseTestSupport.Result(List.of(), true, 0));
    }

    @Test
    void eventErrorWithoutFinalEmptyLineIsTruncated() {
        assertThat(parse("event: error\n")).isEqualTo(new SseTestSupport.Result(List.of(), true, 0));
    }

    @Test
    void pendingNonErrorEventTypeAloneIsNotTruncated() {
        // an "event: x" without data would not have been dispatched anyway
        assertThat(parse("data: a\n\nevent: x\nid: 2\n")).isEqualTo(
                new SseTestSupport.Result(List.of(data("a")), false, 0));
    }

    @Test
    void trailingTerminatedCommentAfterCompleteEventsIsNotTruncated() {
        assertThat(parse("data: a\n\n: ping\n")).isEqualTo(
                new SseTestSupport.Result(List.of(data("a")), false, 1));
        assertThat(parse("data: a\r\n\r\n: ping\r")).isEqualTo(
                new SseTestSupport.Result(List.of(data("a")), false, 1));
    }

    @Test
    void pendingStateIsDiscardedAndNotDispatchedLater() {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        byte[] first = utf8("event: e\ndata: lost\nerror: lost\ndata: partial");
        byte[] second = utf8("\ndata: b\n\n");

        parser.feed(first, 0, first.length);
        assertThat(parser.endOfInput()).isNotNull();
        assertThat(events).isEmpty();
        assertThat(parser.endOfInput()).isNull();

        parser.feed(second, 0, second.length);
        assertThat(events).containsExactly(data("b"));
    }
}
