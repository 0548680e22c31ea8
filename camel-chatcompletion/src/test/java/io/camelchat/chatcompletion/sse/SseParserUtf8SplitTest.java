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

class SseParserUtf8SplitTest {

    @Test
    void twoByteCharacter() {
        assertThat(events("data: é\n\n")).containsExactly(data("é"));
    }

    @Test
    void fourByteEmoji() {
        assertThat(events("data: 😊\n\n")).containsExactly(data("😊"));
    }

    @Test
    void flagMadeOfTwoFourByteCharacters() {
        assertThat(events("data: 🇫🇷\n\n")).containsExactly(data("🇫🇷"));
    }

    @Test
    void mixedCharactersInTypeAndDataWithCrLf() {
        assertThat(events("event: 日本\r\ndata: a😊b\r\ndata: 🇫🇷é\r\n\r\ndata: é\r\n\r\n"))
                .containsExactly(event("日本", "a😊b\n🇫🇷é"), data("é"));
    }

    @Test
    void emojiFedOneBytePerCall() {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        byte[] input = utf8("data: 😊\n\n");

        for (int i = 0; i < input.length; i++) {
            parser.feed(input, i, 1);
        }

        assertThat(events).containsExactly(data("😊"));
    }

    @Test
    void malformedUtf8IsReplaced() {
        byte[] input = utf8("data: a?b\n\n");
        input[7] = (byte) 0xFF;

        assertThat(parseAllSplits(input).events()).containsExactly(data("a\uFFFDb"));
    }
}
