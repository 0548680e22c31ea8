package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.internal.ChatResult;
import io.camelchat.chatcompletion.internal.ExchangeMapper;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.stream.ChunkForwarder;
import io.camelchat.chatcompletion.stream.ChunkIterator;
import io.camelchat.chatcompletion.stream.StreamChunk;
import io.camelchat.chatcompletion.stream.StreamListener;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Connects a decoded stream to the route, as the endpoint's streaming mode says.
 */
final class StreamSinks {

    private StreamSinks() {
    }

    static StreamListener open(ChatCall call, Exchange exchange, ChatCompletionEndpoint endpoint, int httpStatus) {
        ChatCompletionConfiguration config = endpoint.getConfiguration();
        return switch (config.getStreamingMode()) {
            case chunks -> chunks(call, exchange, endpoint, httpStatus);
            case forward -> new ChunkForwarder(exchange, endpoint.getChunkProducer(), endpoint.getExecutor(), call,
                    (result, failure) -> call.completeExchange(() -> {
                        if (failure != null) {
                            throw failure;
                        }
                        mapResult(result, exchange, config, httpStatus);
                    }, endpoint.getExecutor()));
            case aggregate -> new AggregatingListener(call, exchange, endpoint, httpStatus);
        };
    }

    /** The exchange moves on now, with a body the route splits; it holds a route thread while it waits for chunks. */
    private static StreamListener chunks(
            ChatCall call, Exchange exchange, ChatCompletionEndpoint endpoint, int httpStatus) {
        ChunkIterator iterator = new ChunkIterator(exchange, httpStatus, call);
        exchange.getMessage().setBody(iterator);
        exchange.getMessage().setHeader(ChatCompletionConstants.HTTP_RESPONSE_CODE, httpStatus);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                iterator.close();
            }
        });
        call.completeExchange(() -> {
        }, endpoint.getStreamExecutor());
        return iterator;
    }

    private static void mapResult(
            ChatCompletionResponse result, Exchange exchange, ChatCompletionConfiguration config, int httpStatus) {
        ExchangeMapper.apply(new ChatResult(result, null, null, httpStatus), config.getOutputFormat(),
                exchange.getMessage());
    }

    /** Aggregate mode: the exchange waits, without a thread, for the whole answer. */
    private record AggregatingListener(ChatCall call, Exchange exchange, ChatCompletionEndpoint endpoint,
                                       int httpStatus) implements StreamListener {
        @Override
        public void onChunk(StreamChunk chunk) {
            // the route only sees the whole answer
        }

        @Override
        public void onComplete(ChatCompletionResponse result) {
            call.completeExchange(() -> mapResult(result, exchange, endpoint.getConfiguration(), httpStatus),
                    endpoint.getExecutor());
        }

        @Override
        public void onError(ChatCompletionException error) {
            call.completeExchange(() -> {
                throw error;
            }, endpoint.getExecutor());
        }
    }
}
