package io.camelchat.chatcompletion.observe;

import java.util.Map;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.http.ResponseHead;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.request.PreparedRequest;
import io.camelchat.chatcompletion.stream.StreamChunk;
import org.apache.camel.Exchange;

/** Metrics and traces together: every report goes to both. */
record CompositeObserver(CallObserver first, CallObserver second) implements CallObserver {

    @Override
    public CallObservation callStarted(PreparedRequest request, Exchange exchange) {
        return new Both(first.callStarted(request, exchange), second.callStarted(request, exchange));
    }

    @Override
    public void close() {
        first.close();
        second.close();
    }

    private record Both(CallObservation a, CallObservation b) implements CallObservation {
        @Override
        public void beforeSend(int attempt, Map<String, String> headers) {
            a.beforeSend(attempt, headers);
            b.beforeSend(attempt, headers);
        }

        @Override
        public void slotWaited(long nanos) {
            a.slotWaited(nanos);
            b.slotWaited(nanos);
        }

        @Override
        public void budgetWaited(long millis) {
            a.budgetWaited(millis);
            b.budgetWaited(millis);
        }

        @Override
        public void responseHead(ResponseHead head) {
            a.responseHead(head);
            b.responseHead(head);
        }

        @Override
        public void retrying(int attempt, ChatCompletionException failure, long delayMs) {
            a.retrying(attempt, failure, delayMs);
            b.retrying(attempt, failure, delayMs);
        }

        @Override
        public void chunk(StreamChunk chunk) {
            a.chunk(chunk);
            b.chunk(chunk);
        }

        @Override
        public void succeeded(ChatCompletionResponse response) {
            a.succeeded(response);
            b.succeeded(response);
        }

        @Override
        public void failed(Throwable failure) {
            a.failed(failure);
            b.failed(failure);
        }
    }
}
