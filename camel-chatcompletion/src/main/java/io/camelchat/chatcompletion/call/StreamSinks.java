package io.camelchat.chatcompletion.call;

import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.StreamingMode;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.response.ChatResult;
import io.camelchat.chatcompletion.response.ExchangeMapper;
import io.camelchat.chatcompletion.stream.ChunkForwarder;
import io.camelchat.chatcompletion.stream.ChunkIterator;
import io.camelchat.chatcompletion.stream.StreamChunk;
import io.camelchat.chatcompletion.stream.StreamListener;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Connects a decoded stream to the route, as the endpoint's streaming mode says. A request that did not ask for a
 * stream but got one (a gateway that always streams) is aggregated: the route contract does not depend on what the
 * server chose.
 */
final class StreamSinks {

    private StreamSinks() {
    }

    static StreamListener open(
            ChatCall call, Exchange exchange, CallEnvironment env, int httpStatus, boolean streamRequested) {
        StreamingMode mode = streamRequested ? env.config().getStreamingMode() : StreamingMode.aggregate;
        return switch (mode) {
            case chunks -> chunks(call, exchange, env, httpStatus);
            case forward -> new ChunkForwarder(exchange, env.chunkTarget(),
                    (task, onRejected) -> env.handoff().execute(env.executor(), task, onRejected), call,
                    (result, failure, onExecutorThread) -> call.completeExchange(() -> {
                        if (failure != null) {
                            throw failure;
                        }
                        mapResult(result, exchange, env.config(), httpStatus);
                        call.applyStructured(exchange.getMessage());
                    }, onExecutorThread ? null : env.executor()));
            case aggregate -> new AggregatingListener(call, exchange, env, httpStatus);
        };
    }

    /** The exchange moves on now, with a body the route splits; it holds a route thread while it waits for chunks. */
    private static StreamListener chunks(ChatCall call, Exchange exchange, CallEnvironment env, int httpStatus) {
        ChunkIterator iterator = new ChunkIterator(exchange, httpStatus, call, message -> {
            call.applyCallHeaders(message);
            // structured output: the validated object becomes the body of the exchange that was split
            call.applyStructured(message);
        }, env.config().getChunkBatch());
        exchange.getMessage().setBody(iterator);
        exchange.getMessage().setHeader(ChatCompletionConstants.HTTP_RESPONSE_CODE, httpStatus);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                iterator.closeWithExchange();
            }
        });
        call.completeExchange(() -> {
        }, env.streamExecutor());
        return iterator;
    }

    private static void mapResult(
            ChatCompletionResponse result, Exchange exchange, ChatCompletionConfiguration config, int httpStatus) {
        ExchangeMapper.apply(new ChatResult(result, null, null, httpStatus), config.getOutputFormat(),
                exchange.getMessage());
    }

    /** Aggregate mode: the exchange waits, without a thread, for the whole answer. */
    private record AggregatingListener(ChatCall call, Exchange exchange, CallEnvironment env, int httpStatus)
            implements StreamListener {
        @Override
        public void onChunk(StreamChunk chunk) {
            // the route only sees the whole answer
        }

        @Override
        public void onComplete(ChatCompletionResponse result) {
            call.completeExchange(() -> {
                mapResult(result, exchange, env.config(), httpStatus);
                call.applyStructured(exchange.getMessage());
            }, env.executor());
        }

        @Override
        public void onError(ChatCompletionException error) {
            call.completeExchange(() -> {
                throw error;
            }, env.executor());
        }
    }
}
