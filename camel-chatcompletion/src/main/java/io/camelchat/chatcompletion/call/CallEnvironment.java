package io.camelchat.chatcompletion.call;

import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.budget.RateBudget;
import io.camelchat.chatcompletion.http.ChatTransport;
import io.camelchat.chatcompletion.http.HttpCallRequest;
import io.camelchat.chatcompletion.http.InFlightLimiter;
import io.camelchat.chatcompletion.observe.CallObserver;
import io.camelchat.chatcompletion.request.PreparedRequest;
import org.apache.camel.AsyncProcessor;

/**
 * What the calls of one endpoint share, handed over by the endpoint when it starts.
 *
 * @param config          the endpoint's options
 * @param transport       sends HTTP requests
 * @param httpRequests    turns a prepared request into the HTTP request (URL, headers, body)
 * @param limiter         caps the endpoint's calls in flight
 * @param budget          the rate-limit budget of the endpoint's group, or null
 * @param timer           the component's timer: timeouts and retry waits (never route code)
 * @param executor        where the route continues after an answer
 * @param streamExecutor  where chunks mode continues the route (a thread per active stream)
 * @param handoff         moves work off I/O and timer threads, with a fallback for rejected tasks
 * @param retryPolicy     which failures are retried, and when
 * @param chunkTarget     forward mode: where each chunk goes, or null
 * @param activeCalls     the calls in flight, stopped with the endpoint
 * @param observer        metrics and traces of the calls, {@link CallObserver#NOOP} when none are configured
 */
public record CallEnvironment(
        ChatCompletionConfiguration config,
        ChatTransport transport,
        Function<PreparedRequest, HttpCallRequest> httpRequests,
        InFlightLimiter limiter,
        RateBudget budget,
        ScheduledExecutorService timer,
        Executor executor,
        Executor streamExecutor,
        Handoff handoff,
        RetryPolicy retryPolicy,
        AsyncProcessor chunkTarget,
        Set<ChatCall> activeCalls,
        CallObserver observer) {
}
