package io.camelchat.chatcompletion.sse;

import static io.camelchat.chatcompletion.sse.SseTestSupport.data;
import static io.camelchat.chatcompletion.sse.SseTestSupport.event;
import static io.camelchat.chatcompletion.sse.SseTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SseParserErrorFieldTest {

    @Test
    void llamaCppErrorField() {
        String json = "{\"code\":400,\"message\":\"bad\",\"type\":\"invalid_request_error\"}";

        assertThat(events("data: {\"a\":1}\n\nerror: " + json + "\n\n"))
                .containsExactly(data("{\"a\":1}"), event("error", json));
    }

    @Test
    void errorFieldWithoutSpace() {
        assertThat(events("error:{\"code\":400}\n\n")).containsExactly(event("error", "{\"code\":400}"));
    }

    @Test
    void errorLinesAreJoinedWithLf() {
        assertThat(events("error: a\nerror: b\n\n")).containsExactly(event("error", "a\nb"));
    }

    @Test
    void errorFieldWinsOverDataAndEventType() {
        assertThat(events("event: message\ndata: d\nerror: e\n\n")).containsExactly(event("error", "e"));
    }

    @Test
    void errorFieldWithoutColonDispatchesEmptyError() {
        assertThat(events("error\n\n")).containsExactly(event("error", ""));
    }

    @Test
    void errorBufferIsResetAfterDispatch() {
        assertThat(events("error: a\n\ndata: b\n\n")).containsExactly(event("error", "a"), data("b"));
    }

    @Test
    void eventErrorWithData() {
        assertThat(events("event: error\ndata: {\"message\":\"overloaded\"}\n\n"))
                .containsExactly(event("error", "{\"message\":\"overloaded\"}"));
    }

    @Test
    void eventErrorWithoutDataIsStillDispatched() {
        assertThat(events("event: error\n\ndata: x\n\n")).containsExactly(event("error", ""), data("x"));
    }

    @Test
    void similarFieldNamesAreNotErrors() {
        assertThat(events("errors: a\nError: b\nevent: errors\n\nevent: Error\n\n")).isEmpty();
    }

    @Test
    void isErrorOnlyForErrorType() {
        assertThat(event("error", "").isError()).isTrue();
        assertThat(data("error").isError()).isFalse();
        assertThat(event("message", "x").isError()).isFalse();
        assertThat(event("Error", "x").isError()).isFalse();
    }
}
