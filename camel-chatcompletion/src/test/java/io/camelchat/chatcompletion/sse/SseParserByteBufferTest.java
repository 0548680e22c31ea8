package io.camelchat.chatcompletion.sse;

import static io.camelchat.chatcompletion.sse.SseTestSupport.data;
import static io.camelchat.chatcompletion.sse.SseTestSupport.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserByteBufferTest {

    private final List<SseEvent> events = new ArrayList<>();
    private final SseParser parser = new SseParser(events::add);

    @Test
    void heapBufferIsReadFromPositionToLimitAndConsumed() {
        ByteBuffer buffer = ByteBuffer.wrap(utf8("XXdata: a\n\nYY"));
        buffer.position(2).limit(11);

        parser.feed(buffer);

        assertThat(buffer.position()).isEqualTo(11);
        assertThat(events).containsExactly(data("a"));
    }

    @Test
    void directBufferLargerThanTheCopyChunk() {
        String value = "x".repeat(20_000) + "é";
        byte[] bytes = utf8("data: " + value + "\n\n");
        ByteBuffer buffer = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();

        parser.feed(buffer);

        assertThat(buffer.hasRemaining()).isFalse();
        assertThat(events).containsExactly(data(value));
    }

    @Test
    void readOnlyBuffer() {
        ByteBuffer buffer = ByteBuffer.wrap(utf8("data: ro\n\n")).asReadOnlyBuffer();

        parser.feed(buffer);

        assertThat(buffer.hasRemaining()).isFalse();
        assertThat(events).containsExactly(data("ro"));
    }

    @Test
    void arrayRangeIsHonoured() {
        byte[] bytes = utf8("XXdata: a\n\nYY");

        parser.feed(bytes, 2, 9);
        parser.feed(bytes, 0, 0);

        assertThat(events).containsExactly(data("a"));
        assertThat(parser.endOfInput()).isNull();
    }

    @Test
    void invalidArrayRangeIsRejected() {
        byte[] bytes = new byte[4];

        assertThatThrownBy(() -> parser.feed(bytes, -1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> parser.feed(bytes, 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
