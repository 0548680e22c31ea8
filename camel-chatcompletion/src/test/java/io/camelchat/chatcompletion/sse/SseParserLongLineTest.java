package io.camelchat.chatcompletion.sse;

import static io.camelchat.chatcompletion.sse.SseTestSupport.data;
import static io.camelchat.chatcompletion.sse.SseTestSupport.parseInPieces;
import static io.camelchat.chatcompletion.sse.SseTestSupport.parseSplitAt;
import static io.camelchat.chatcompletion.sse.SseTestSupport.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SseParserLongLineTest {

    private static final int MIB = 1024 * 1024;

    /** At least {@code length} chars of a payload whose period is not a power of two, so lost or doubled bytes show. */
    private static String payload(int length, String alphabet) {
        int[] codePoints = alphabet.codePoints().toArray();
        StringBuilder sb = new StringBuilder(length + 1);
        for (int i = 0; sb.length() < length; i++) {
            sb.appendCodePoint(codePoints[(i + i / 101) % codePoints.length]);
        }
        return sb.toString();
    }

    private static byte[] stream(String value) {
        return utf8("data: " + value + "\n\n");
    }

    @Test
    void oneMebibyteLineFedWhole() {
        String value = payload(MIB, "abcdefghijklmnopqrstuvwxyz0123456789");

        SseTestSupport.Result result = parseSplitAt(stream(value));

        assertThat(result.events()).containsExactly(data(value));
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void oneMebibyteLineFedIn8KiBPieces() {
        String value = payload(MIB, "abcdefghijklmnopqrstuvwxyz0123456789");

        assertThat(parseInPieces(stream(value), 8192).events()).containsExactly(data(value));
        assertThat(parseInPieces(stream(value), 8191).events()).containsExactly(data(value));
    }

    @Test
    void oneMebibyteOfMultiByteCharactersFedIn8KiBPieces() {
        String value = payload(MIB / 2 + 20_000, "é😊a日"); // piece ends fall inside characters

        assertThat(utf8(value).length).isGreaterThanOrEqualTo(MIB);
        assertThat(parseInPieces(stream(value), 8192).events()).containsExactly(data(value));
    }

    @Test
    void sixtyFourKiBLineFedOneByteAtATime() {
        String value = payload(64 * 1024, "abcdefghijklmnopqrstuvwxyz");

        assertThat(parseInPieces(stream(value), 1).events()).containsExactly(data(value));
    }

    @Test
    void shortLinesAfterALongLineDoNotSeeItsBytes() {
        String value = payload(100_000, "0123456789");
        byte[] input = utf8("data: " + value + "\ndata: end\n\ndata: x\n\ndata: yz\r\n\r\n");

        assertThat(parseInPieces(input, 1000).events())
                .containsExactly(data(value + "\nend"), data("x"), data("yz"));
    }

    @Test
    void manyDataLinesInOneEvent() {
        StringBuilder input = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            input.append("data: ").append(i).append('\n');
            expected.append(i).append('\n');
        }
        expected.setLength(expected.length() - 1);

        assertThat(parseInPieces(utf8(input + "\n"), 777).events()).containsExactly(data(expected.toString()));
    }
}
