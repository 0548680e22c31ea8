package io.camelchat.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.client.okhttp.OpenAIOkHttpClientAsync;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.DefaultExchange;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.entity.AbstractBinAsyncEntityConsumer;
import org.apache.hc.core5.http.nio.support.AbstractAsyncResponseConsumer;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;

/** The clients compared, each doing the same job: one user message, read the text (every delta for streams). */
final class Clients {

    static final String[] NAMES = {
            "camel", "camel-io", "camel-cap100", "camel-observed", "camel-structured", "camel-chunks", "camel-chunks-batch",
            "camel-aggregate", "raw", "raw-stream", "raw-camel", "raw-camel-hop", "raw-camel-stream", "jdk-stream",
            "openai-sync", "openai-sync-stream",
            "openai-async", "lc4j-sync", "lc4j-stream" };

    private Clients() {
    }

    static BenchClient create(String name, String baseUrl, int inFlight) throws Exception {
        return switch (name) {
            case "camel" -> new CamelClient(baseUrl, null, inFlight);
            case "camel-observed" -> new CamelClient(baseUrl, null, inFlight, true);
            case "camel-structured" -> new CamelClient(baseUrl, null, inFlight, false,
                    "&outputClass=" + BenchInsight.class.getName() + "&structuredOutput=native");
            case "camel-io" -> new CamelClient(baseUrl, null, inFlight, Boolean.getBoolean("bench.observe"),
                    "&continueOnIoThread=true");
            case "camel-cap100" -> new CamelClient(baseUrl, null, inFlight, false, "&maxConcurrentRequests=100");
            case "camel-chunks" -> new CamelClient(baseUrl, "chunks", inFlight);
            case "camel-chunks-batch" -> new CamelClient(baseUrl, "chunks", inFlight, Boolean.getBoolean("bench.observe"),
                    "&chunkBatch=64");
            case "camel-aggregate" -> new CamelClient(baseUrl, "aggregate", inFlight);
            case "raw" -> new RawClient(baseUrl, false, inFlight);
            case "raw-stream" -> new RawClient(baseUrl, true, inFlight);
            case "raw-camel" -> new RawCamelClient(new RawClient(baseUrl, false, inFlight), false);
            case "raw-camel-hop" -> new RawCamelClient(new RawClient(baseUrl, false, inFlight), true);
            case "raw-camel-stream" -> new RawCamelClient(new RawClient(baseUrl, true, inFlight), false);
            case "jdk-stream" -> new JdkStream(baseUrl);
            case "openai-sync" -> new OpenAiSync(baseUrl, false);
            case "openai-sync-stream" -> new OpenAiSync(baseUrl, true);
            case "openai-async" -> new OpenAiAsync(baseUrl);
            case "lc4j-sync" -> new Lc4jSync(baseUrl);
            case "lc4j-stream" -> new Lc4jStream(baseUrl);
            default -> throw new IllegalArgumentException("unknown client " + name);
        };
    }

    /** This component through a Camel route, driven by an AsyncProducer (no thread waits per call). */
    static final class CamelClient implements BenchClient {
        private final CamelContext context;
        private final AsyncProducer producer;
        private final String mode;

        CamelClient(String baseUrl, String mode, int inFlight) throws Exception {
            this(baseUrl, mode, inFlight, Boolean.getBoolean("bench.observe"));
        }

        /** observed: metrics (a SimpleMeterRegistry) and traces (an SDK tracer, spans batched to a discarding exporter) on. */
        CamelClient(String baseUrl, String mode, int inFlight, boolean observed) throws Exception {
            this(baseUrl, mode, inFlight, observed, "");
        }

        /** options: more endpoint options, each starting with &amp; (camel-structured: outputClass). */
        CamelClient(String baseUrl, String mode, int inFlight, boolean observed, String options) throws Exception {
            this.mode = mode;
            String uri = "chatcompletion:" + Payloads.MODEL + "?baseUrl=" + baseUrl
                    + "&chatPath=/v1/chat/completions&apiKey=bench&maxRetries=0"
                    + (options.contains("maxConcurrentRequests=") ? "" : "&maxConcurrentRequests=" + Math.max(inFlight, 1))
                    + (mode == null ? "" : "&stream=true&streamingMode=" + mode) + options;
            context = new DefaultCamelContext();
            if (observed) {
                Observability.bind(context);
            }
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    RouteDefinition route = from("direct:call").to(uri);
                    if ("chunks".equals(mode)) {
                        route.split(body()).streaming()
                                .process(e -> {
                                    String text = e.getMessage().getBody(String.class);
                                    if (text != null && !text.isEmpty()) {
                                        // with chunkBatch, one exchange joins this many chunks
                                        Integer joined = e.getMessage().getHeader("CamelChatCompletionChunkCount",
                                                Integer.class);
                                        e.getProperty("benchPieces", AtomicInteger.class)
                                                .addAndGet(joined == null ? 1 : joined);
                                    }
                                })
                                .end();
                    }
                }
            });
            producer = startRoute(context);
        }

        @Override
        public boolean blocking() {
            return false;
        }

        @Override
        public void callAsync(Done done) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(Payloads.PROMPT);
            AtomicInteger pieces = new AtomicInteger();
            exchange.setProperty("benchPieces", pieces);
            producer.process(exchange, doneSync -> {
                if (exchange.getException() != null) {
                    done.done(0, exchange.getException());
                } else if ("chunks".equals(mode)) {
                    done.done(pieces.get(), null);
                } else {
                    String text = exchange.getMessage().getBody(String.class);
                    int n = text == null ? 0 : "aggregate".equals(mode) ? text.length() / Payloads.TOKEN.length()
                            : text.isEmpty() ? 0 : 1;
                    done.done(n, null);
                }
            });
        }

        @Override
        public void close() throws Exception {
            producer.stop();
            context.stop();
        }
    }

    /** The practical limit: Apache HttpClient 5 async + Jackson, completing on the I/O thread, no Camel. */
    static final class RawClient implements BenchClient {
        private final CloseableHttpAsyncClient client;
        private final URI uri;
        private final boolean stream;

        RawClient(String baseUrl, boolean stream, int inFlight) {
            this.stream = stream;
            this.uri = URI.create(baseUrl + "/v1/chat/completions");
            int connections = Math.max(inFlight, 16);
            client = HttpAsyncClients.custom()
                    .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                            .setMaxConnTotal(connections).setMaxConnPerRoute(connections).build())
                    .setIOReactorConfig(ioReactorConfig())
                    .setHttp1Config(http1Config())
                    .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                    .build();
            client.start();
        }

        /**
         * I/O reactor settings; {@code -Dbench.raw.rcvBufSize}, {@code -Dbench.raw.selectIntervalMs},
         * {@code -Dbench.raw.soLingerSec} change them (to test what decides the socket read size).
         */
        private static IOReactorConfig ioReactorConfig() {
            IOReactorConfig.Builder b = IOReactorConfig.custom()
                    .setIoThreadCount(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
            Integer rcv = Integer.getInteger("bench.raw.rcvBufSize");
            if (rcv != null) {
                b.setRcvBufSize(rcv);
            }
            Integer select = Integer.getInteger("bench.raw.selectIntervalMs");
            if (select != null) {
                b.setSelectInterval(org.apache.hc.core5.util.TimeValue.ofMilliseconds(select));
            }
            Integer linger = Integer.getInteger("bench.raw.soLingerSec");
            if (linger != null) {
                b.setSoLinger(org.apache.hc.core5.util.TimeValue.ofSeconds(linger));
            }
            return b.build();
        }

        /** HTTP/1.1 settings; {@code -Dbench.raw.bufferSize}, {@code chunkSizeHint}, {@code initialWindowSize}. */
        private static org.apache.hc.core5.http.config.Http1Config http1Config() {
            var b = org.apache.hc.core5.http.config.Http1Config.custom();
            Integer size = Integer.getInteger("bench.raw.bufferSize");
            if (size != null) {
                b.setBufferSize(size);
            }
            Integer hint = Integer.getInteger("bench.raw.chunkSizeHint");
            if (hint != null) {
                b.setChunkSizeHint(hint);
            }
            Integer window = Integer.getInteger("bench.raw.initialWindowSize");
            if (window != null) {
                b.setInitialWindowSize(window);
            }
            return b.build();
        }

        @Override
        public boolean blocking() {
            return false;
        }

        @Override
        public void callAsync(Done done) {
            call(Payloads.PROMPT, (text, pieces, failure) -> done.done(pieces, failure));
        }

        /** One call; the answer's text (null for streams, which only count their deltas) and pieces. */
        void call(String prompt, Answer done) {
            byte[] body;
            try {
                ObjectNode request = RawSse.MAPPER.createObjectNode().put("model", Payloads.MODEL);
                request.putArray("messages").addObject().put("role", "user").put("content", prompt);
                if (stream) {
                    request.put("stream", true);
                }
                body = RawSse.MAPPER.writeValueAsBytes(request);
            } catch (IOException e) {
                done.answer(null, 0, e);
                return;
            }
            AsyncRequestProducer producer = AsyncRequestBuilder.post(uri)
                    .setEntity(body, ContentType.APPLICATION_JSON)
                    .addHeader("Authorization", "Bearer bench")
                    .addHeader("Accept", stream ? "text/event-stream" : "application/json")
                    .build();
            if (stream) {
                client.execute(producer, new SseResponseConsumer(), null, null, new FutureCallback<Integer>() {
                    @Override
                    public void completed(Integer pieces) {
                        done.answer(null, pieces, null);
                    }

                    @Override
                    public void failed(Exception ex) {
                        done.answer(null, 0, ex);
                    }

                    @Override
                    public void cancelled() {
                        done.answer(null, 0, new IOException("cancelled"));
                    }
                });
            } else {
                client.execute(producer, SimpleResponseConsumer.create(), null, null,
                        new FutureCallback<SimpleHttpResponse>() {
                            @Override
                            public void completed(SimpleHttpResponse response) {
                                try {
                                    if (response.getCode() != 200) {
                                        throw new IOException("HTTP " + response.getCode());
                                    }
                                    JsonNode node = RawSse.MAPPER.readTree(response.getBodyBytes());
                                    String text = node.path("choices").path(0).path("message").path("content")
                                            .asText();
                                    done.answer(text, text.isEmpty() ? 0 : 1, null);
                                } catch (IOException e) {
                                    done.answer(null, 0, e);
                                }
                            }

                            @Override
                            public void failed(Exception ex) {
                                done.answer(null, 0, ex);
                            }

                            @Override
                            public void cancelled() {
                                done.answer(null, 0, new IOException("cancelled"));
                            }
                        });
            }
        }

        @Override
        public void close() {
            client.close(CloseMode.IMMEDIATE);
        }
    }

    /** Starts the context and returns a started producer for its {@code direct:call} route. */
    private static AsyncProducer startRoute(CamelContext context) throws Exception {
        context.start();
        AsyncProducer producer = context.getEndpoint("direct:call").createAsyncProducer();
        producer.start();
        return producer;
    }

    /** What a raw call hands back. */
    @FunctionalInterface
    interface Answer {
        void answer(String text, int pieces, Throwable failure);
    }

    /**
     * The floor of any Camel producer: the raw client behind a minimal hand-written {@link AsyncProcessor} in the same
     * {@code direct:} route and driver as {@link CamelClient}. It reads the body as the prompt, sets the answer as the
     * body and completes the exchange on the HTTP I/O thread; with {@code hop}, it completes on a 10-thread pool
     * instead (the component's default continuation pool), which isolates the cost of keeping route code off the I/O
     * threads.
     */
    static final class RawCamelClient implements BenchClient {
        private final RawClient raw;
        private final CamelContext context;
        private final AsyncProducer producer;
        private final ExecutorService hopPool;

        RawCamelClient(RawClient raw, boolean hop) throws Exception {
            this.raw = raw;
            context = new DefaultCamelContext();
            hopPool = hop ? context.getExecutorServiceManager().newFixedThreadPool(this, "RawHop", 10) : null;
            AsyncProcessor call = new AsyncProcessorSupport() {
                @Override
                public boolean process(Exchange exchange, AsyncCallback callback) {
                    raw.call(exchange.getMessage().getBody(String.class), (text, pieces, failure) -> {
                        Runnable complete = () -> {
                            if (failure != null) {
                                exchange.setException(failure);
                            } else {
                                exchange.getMessage().setBody(text);
                                exchange.setProperty("benchPieces", pieces);
                            }
                            callback.done(false);
                        };
                        if (hopPool != null) {
                            hopPool.execute(complete);
                        } else {
                            complete.run();
                        }
                    });
                    return false;
                }
            };
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:call").process(call);
                }
            });
            producer = startRoute(context);
        }

        @Override
        public boolean blocking() {
            return false;
        }

        @Override
        public void callAsync(Done done) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(Payloads.PROMPT);
            producer.process(exchange, doneSync -> {
                Integer pieces = exchange.getProperty("benchPieces", Integer.class);
                done.done(pieces == null ? 0 : pieces, exchange.getException());
            });
        }

        @Override
        public void close() throws Exception {
            producer.stop();
            context.stop();
            raw.close();
        }
    }

    /** Consumer capacity increment of raw-stream ({@code -Dbench.raw.capacityIncrement}, default 64 KB). */
    static final int CAPACITY_INCREMENT = Integer.getInteger("bench.raw.capacityIncrement", 64 * 1024);

    /** Reads an SSE body with {@link RawSse} as it arrives. */
    static final class SseResponseConsumer extends AbstractAsyncResponseConsumer<Integer, Integer> {
        SseResponseConsumer() {
            super(new AbstractBinAsyncEntityConsumer<>() {
                private final RawSse sse = new RawSse();
                private byte[] scratch;

                @Override
                protected void streamStart(ContentType contentType) {
                }

                @Override
                protected int capacityIncrement() {
                    return CAPACITY_INCREMENT;
                }

                @Override
                protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
                    ReadStats.delivered(src.remaining());
                    if (src.hasArray()) {
                        sse.feed(src.array(), src.arrayOffset() + src.position(), src.remaining());
                        src.position(src.limit());
                        return;
                    }
                    if (scratch == null) {
                        scratch = new byte[8192];
                    }
                    while (src.hasRemaining()) {
                        int n = Math.min(scratch.length, src.remaining());
                        src.get(scratch, 0, n);
                        sse.feed(scratch, 0, n);
                    }
                }

                @Override
                protected Integer generateContent() throws IOException {
                    if (!sse.done()) {
                        throw new IOException("stream ended without [DONE]");
                    }
                    return sse.pieces();
                }

                @Override
                public void releaseResources() {
                }
            });
        }

        @Override
        protected Integer buildResult(HttpResponse response, Integer entity, ContentType contentType) {
            return response.getCode() == 200 && entity != null ? entity : -1;
        }

        @Override
        public void informationResponse(HttpResponse response, org.apache.hc.core5.http.protocol.HttpContext context) {
        }
    }

    /**
     * The JDK's {@code java.net.http.HttpClient} (async, HTTP/1.1), reading the SSE body as it arrives with the same
     * {@link RawSse} parser as raw-stream; no Camel. For comparing how bytes reach the parser.
     */
    static final class JdkStream implements BenchClient {
        private final java.net.http.HttpClient client;
        private final URI uri;
        private final byte[] body;

        JdkStream(String baseUrl) throws IOException {
            client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
            uri = URI.create(baseUrl + "/v1/chat/completions");
            ObjectNode request = RawSse.MAPPER.createObjectNode().put("model", Payloads.MODEL);
            request.putArray("messages").addObject().put("role", "user").put("content", Payloads.PROMPT);
            request.put("stream", true);
            body = RawSse.MAPPER.writeValueAsBytes(request);
        }

        @Override
        public boolean blocking() {
            return false;
        }

        @Override
        public void callAsync(Done done) {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json").header("Authorization", "Bearer bench")
                    .header("Accept", "text/event-stream")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build();
            SseSubscriber subscriber = new SseSubscriber();
            client.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.fromSubscriber(subscriber,
                    SseSubscriber::result)).whenComplete((response, failure) -> {
                        if (failure != null) {
                            done.done(0, failure);
                        } else if (response.statusCode() != 200) {
                            done.done(0, new IOException("HTTP " + response.statusCode()));
                        } else {
                            done.done(response.body(), null);
                        }
                    });
        }
    }

    /** Feeds every delivered list of buffers to {@link RawSse}; the result is the number of text deltas. */
    static final class SseSubscriber implements java.util.concurrent.Flow.Subscriber<java.util.List<ByteBuffer>> {
        private final RawSse sse = new RawSse();
        private byte[] scratch;
        private Throwable error;

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(java.util.List<ByteBuffer> item) {
            try {
                int bytes = 0;
                for (ByteBuffer b : item) {
                    bytes += b.remaining();
                    if (b.hasArray()) {
                        sse.feed(b.array(), b.arrayOffset() + b.position(), b.remaining());
                        continue;
                    }
                    if (scratch == null) {
                        scratch = new byte[16384];
                    }
                    while (b.hasRemaining()) {
                        int n = Math.min(scratch.length, b.remaining());
                        b.get(scratch, 0, n);
                        sse.feed(scratch, 0, n);
                    }
                }
                ReadStats.delivered(bytes);
            } catch (IOException | RuntimeException e) {
                error = e;
            }
        }

        @Override
        public void onError(Throwable throwable) {
            error = throwable;
        }

        @Override
        public void onComplete() {
        }

        Integer result() {
            if (error != null) {
                throw new IllegalStateException(error);
            }
            if (!sse.done()) {
                throw new IllegalStateException("stream ended without [DONE]");
            }
            return sse.pieces();
        }
    }

    private static ChatCompletionCreateParams openAiParams() {
        return ChatCompletionCreateParams.builder().model(Payloads.MODEL).addUserMessage(Payloads.PROMPT).build();
    }

    /** openai-java's blocking client, a caller thread per call (how camel-openai uses it). SDK defaults. */
    static final class OpenAiSync implements BenchClient {
        private final OpenAIClient client;
        private final boolean stream;

        OpenAiSync(String baseUrl, boolean stream) {
            this.stream = stream;
            client = OpenAIOkHttpClient.builder().baseUrl(baseUrl + "/v1").apiKey("bench").build();
        }

        @Override
        public boolean blocking() {
            return true;
        }

        @Override
        public int callBlocking() {
            ChatCompletionCreateParams params = openAiParams();
            if (!stream) {
                ChatCompletion completion = client.chat().completions().create(params);
                return completion.choices().get(0).message().content().orElse("").isEmpty() ? 0 : 1;
            }
            int[] pieces = new int[1];
            try (StreamResponse<ChatCompletionChunk> response = client.chat().completions().createStreaming(params)) {
                response.stream().forEach(chunk -> chunk.choices().forEach(choice -> {
                    if (choice.index() == 0 && !choice.delta().content().orElse("").isEmpty()) {
                        pieces[0]++;
                    }
                }));
            }
            return pieces[0];
        }

        @Override
        public void close() {
            client.close();
        }
    }

    /** openai-java's async client, SDK defaults (its OkHttp dispatcher caps in-flight calls at 64). */
    static final class OpenAiAsync implements BenchClient {
        private final OpenAIClientAsync client;

        OpenAiAsync(String baseUrl) {
            client = OpenAIOkHttpClientAsync.builder().baseUrl(baseUrl + "/v1").apiKey("bench").build();
        }

        @Override
        public boolean blocking() {
            return false;
        }

        @Override
        public void callAsync(Done done) {
            client.chat().completions().create(openAiParams()).whenComplete((completion, failure) -> {
                if (failure != null) {
                    done.done(0, failure);
                } else {
                    done.done(completion.choices().get(0).message().content().orElse("").isEmpty() ? 0 : 1, null);
                }
            });
        }

        @Override
        public void close() {
            client.close();
        }
    }

    /** LangChain4j OpenAiChatModel, a caller thread per call (how camel-langchain4j-chat uses it). */
    static final class Lc4jSync implements BenchClient {
        private final OpenAiChatModel model;

        Lc4jSync(String baseUrl) {
            model = OpenAiChatModel.builder().baseUrl(baseUrl + "/v1").apiKey("bench").modelName(Payloads.MODEL)
                    .build();
        }

        @Override
        public boolean blocking() {
            return true;
        }

        @Override
        public int callBlocking() {
            String text = model.chat(Payloads.PROMPT);
            return text == null || text.isEmpty() ? 0 : 1;
        }
    }

    /** LangChain4j OpenAiStreamingChatModel with its callback handler. */
    static final class Lc4jStream implements BenchClient {
        private final OpenAiStreamingChatModel model;

        Lc4jStream(String baseUrl) {
            model = OpenAiStreamingChatModel.builder().baseUrl(baseUrl + "/v1").apiKey("bench")
                    .modelName(Payloads.MODEL).build();
        }

        @Override
        public boolean blocking() {
            return false;
        }

        @Override
        public void callAsync(Done done) {
            model.chat(Payloads.PROMPT, new StreamingChatResponseHandler() {
                private int pieces;

                @Override
                public void onPartialResponse(String partial) {
                    if (partial != null && !partial.isEmpty()) {
                        pieces++;
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.done(pieces, null);
                }

                @Override
                public void onError(Throwable error) {
                    done.done(0, error);
                }
            });
        }
    }
}
