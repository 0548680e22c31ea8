package io.camelchat.chatcompletion.observe.micrometer;

import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.http.ResponseHead;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.model.ChatCompletionUsage;
import io.camelchat.chatcompletion.observe.CallObservation;
import io.camelchat.chatcompletion.observe.ErrorTypes;
import io.camelchat.chatcompletion.stream.StreamChunk;

import static io.camelchat.chatcompletion.observe.micrometer.MicrometerObserver.orUnknown;
import static io.camelchat.chatcompletion.observe.micrometer.MicrometerObserver.seconds;

/** The metrics of one call. Chunks arrive one at a time on the attempt's I/O thread. */
final class MicrometerObservation implements CallObservation {

    private final MicrometerObserver.ModelMeters meters;
    private final EndpointGauges gauges;
    private final long startNanos = System.nanoTime();
    private long lastChunkNanos;
    private MicrometerObserver.ModelMeters.ChunkMeters chunkMeters;
    private String chunkModel;

    MicrometerObservation(MicrometerObserver.ModelMeters meters, EndpointGauges gauges) {
        this.meters = meters;
        this.gauges = gauges;
    }

    @Override
    public void slotWaited(long nanos) {
        meters.slotWait.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void budgetWaited(long millis) {
        meters.budgetWait.record(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void responseHead(ResponseHead head) {
        gauges.rateLimits(head);
    }

    @Override
    public void retrying(int attempt, ChatCompletionException failure, long delayMs) {
        meters.retries(ErrorTypes.of(failure)).increment();
    }

    @Override
    public void chunk(StreamChunk chunk) {
        long now = System.nanoTime();
        String model = orUnknown(chunk.model());
        if (chunkMeters == null || !model.equals(chunkModel)) {
            chunkMeters = meters.chunks(model);
            chunkModel = model;
        }
        if (lastChunkNanos == 0) {
            chunkMeters.timeToFirstChunk.record(seconds(now - startNanos));
        } else {
            chunkMeters.timePerOutputChunk.record(seconds(now - lastChunkNanos));
        }
        lastChunkNanos = now;
    }

    @Override
    public void succeeded(ChatCompletionResponse response) {
        MicrometerObserver.ModelMeters.OutcomeMeters outcome = meters.success(orUnknown(response.model()));
        outcome.duration.record(seconds(System.nanoTime() - startNanos));
        ChatCompletionUsage usage = response.usage();
        if (usage != null) {
            if (usage.promptTokens() != null) {
                outcome.inputTokens.record(usage.promptTokens());
            }
            if (usage.completionTokens() != null) {
                outcome.outputTokens.record(usage.completionTokens());
            }
        }
    }

    @Override
    public void failed(Throwable failure) {
        String errorType = ErrorTypes.of(failure);
        meters.failedDuration(errorType).record(seconds(System.nanoTime() - startNanos));
        meters.failures(errorType).increment();
    }
}
