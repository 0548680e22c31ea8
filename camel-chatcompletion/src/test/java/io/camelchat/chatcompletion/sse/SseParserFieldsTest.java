package io.camelchat.chatcompletion.sse;

import static io.camelchat.chatcompletion.sse.SseTestSupport.data;
import static io.camelchat.chatcompletion.sse.SseTestSupport.event;
import static io.camelchat.chatcompletion.sse.SseTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SseParserFieldsTest {

    @Test
    void openAiStyleStreamIncludingDone() {
        String chunk1 = "{\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}";
        String chunk2 = "{\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\"lo\"}}]}";

        assertThat(events("data: " + chunk1 + "\n\ndata: " + chunk2 + "\n\ndata: [DONE]\n\n"))
                .containsExactly(data(chunk1), data(chunk2), data("[DONE]"));
    }

    @Test
    void atMostOneLeadingSpaceIsRemovedFromTheValue() {
        assertThat(events("data:x\n\ndata: x\n\ndata:  x\n\ndata:\tx\n\ndata: x \n\n"))
                .containsExactly(data("x"), data("x"), data(" x"), data("\tx"), data("x "));
    }

    @Test
    void emptyDataValueStillDispatches() {
        assertThat(events("data:\n\ndata: \n\n")).containsExactly(data(""), data(""));
    }

    @Test
    void dataWithoutSpacePrettyJsonOverManyLinesLikeSpringWebFlux() {
        String input = "data:{\n"
                + "data:  \"model\" : \"m\",\n"
                + "data:  \"choices\" : [ 1, 2 ]\n"
                + "data:}\n\n";

        assertThat(events(input)).containsExactly(data("{\n \"model\" : \"m\",\n \"choices\" : [ 1, 2 ]\n}"));
    }

    @Test
    void dataLinesAreJoinedWithLfIncludingEmptyOnes() {
        assertThat(events("data: a\ndata: b\ndata:\ndata: c\n\n")).containsExactly(data("a\nb\n\nc"));
    }

    @Test
    void onlyTheFirstColonSeparatesNameAndValue() {
        assertThat(events("data: a: b:c\n\n")).containsExactly(data("a: b:c"));
    }

    @Test
    void eventFieldSetsTypeAndIsResetAfterDispatch() {
        assertThat(events("event: delta\ndata: 1\n\ndata: 2\nevent: late\n\ndata: 3\n\n"))
                .containsExactly(event("delta", "1"), event("late", "2"), data("3"));
    }

    @Test
    void lastEventFieldWinsAndNonAsciiTypeIsDecoded() {
        assertThat(events("event: a\nevent: ünï😊\ndata: x\n\n")).containsExactly(event("ünï😊", "x"));
    }

    @Test
    void repeatedAndChangingEventTypes() {
        assertThat(events("event: ab\ndata: 1\n\nevent: ab\ndata: 2\n\nevent: a\ndata: 3\n\n"
                + "event: b\ndata: 4\n\nevent: ab\ndata: 5\n\n"))
                .containsExactly(event("ab", "1"), event("ab", "2"), event("a", "3"), event("b", "4"),
                        event("ab", "5"));
    }

    @Test
    void emptyEventValueMeansNoType() {
        assertThat(events("event: a\nevent:\ndata: x\n\nevent: b\nevent\ndata: y\n\n"))
                .containsExactly(data("x"), data("y"));
    }

    @Test
    void eventWithoutDataIsNotDispatchedButItsTypeIsReset() {
        assertThat(events("event: a\n\ndata: 2\n\n")).containsExactly(data("2"));
    }

    @Test
    void emptyLinesWithoutDataDispatchNothing() {
        assertThat(events("\n\n\r\n\r\r")).isEmpty();
    }

    @Test
    void idRetryAndUnknownFieldsAreIgnored() {
        assertThat(events("id: 7\nretry: 1000\nfoo: bar\ndata: x\nid\nretry\nfoo\n\nid: 8\nretry: 5\n\n"))
                .containsExactly(data("x"));
    }

    @Test
    void lineWithoutColonIsAFieldNameWithEmptyValue() {
        assertThat(events("data\n\ndata\ndata\n\nevent\ndata: x\n\nfoo\n\n"))
                .containsExactly(data(""), data("\n"), data("x"));
    }

    @Test
    void fieldNamesMatchExactly() {
        assertThat(events("Data: a\ndata : b\n data: c\ndataa: d\ndat: e\nEVENT: f\n\n")).isEmpty();
    }
}
