package io.camelchat.bench;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.EnvelopeMode;
import io.camelchat.chatcompletion.http.ResponseHead;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.sse.SseParser;
import io.camelchat.chatcompletion.stream.StreamChunk;
import io.camelchat.chatcompletion.stream.StreamDecoder;
import io.camelchat.chatcompletion.stream.StreamListener;

/**
 * One client in one scenario, in its own JVM (started by {@link Driver}, pinned to its own core). Prints one line
 * {@code RESULT key=value ...}.
 *
 * <pre>
 * ClientMain load  &lt;client&gt; &lt;baseUrl&gt; &lt;inFlight&gt; &lt;expectedPieces&gt; &lt;warmupSec&gt; &lt;measureSec&gt; [rampMs]
 * ClientMain single &lt;client&gt; &lt;baseUrl&gt; &lt;expectedPieces&gt; &lt;warmupRuns&gt;
 * ClientMain parser &lt;chunks&gt; &lt;warmupRuns&gt; &lt;runs&gt;
 * ClientMain pair &lt;clientA&gt; &lt;clientB&gt; &lt;baseUrl&gt; &lt;inFlight&gt; &lt;expectedPieces&gt; &lt;warmupSec&gt; &lt;windowSec&gt; &lt;rounds&gt;
 * </pre>
 */
public final class ClientMain {

    public static void main(String[] args) throws Exception {
        Map<String, Object> out = switch (args[0]) {
            case "load" -> load(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Double.parseDouble(args[5]), Double.parseDouble(args[6]),
                    args.length > 7 ? Long.parseLong(args[7]) : 0);
            case "single" -> single(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "parser" -> parser(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "pair" -> Paired.run(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Double.parseDouble(args[6]), Double.parseDouble(args[7]), Integer.parseInt(args[8]));
            default -> throw new IllegalArgumentException(args[0]);
        };
        StringBuilder line = new StringBuilder("RESULT");
        out.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        System.out.println(line);
        System.out.flush();
        Runtime.getRuntime().halt(0); // no orderly shutdown: some clients keep 1,000 threads blocked
    }

    /** Closed loop: {@code inFlight} calls at all times, each started when one ends. */
    static final class Load {
        final LongAdder calls = new LongAdder();
        final LongAdder pieces = new LongAdder();
        final LongAdder errors = new LongAdder();
        final LongAdder wrong = new LongAdder();
        final java.util.concurrent.atomic.AtomicInteger outstanding = new java.util.concurrent.atomic.AtomicInteger();
        volatile Throwable lastError;
        volatile boolean stopped;
        private final BenchClient client;
        private final int expected;
        private final ScheduledExecutorService backoff = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-backoff");
            t.setDaemon(true);
            return t;
        });

        Load(BenchClient client, int expected) {
            this.client = client;
            this.expected = expected;
        }

        /**
         * Starts the calls; with {@code rampMs > 0} (async clients) spread evenly over that time, so that with a
         * latency of {@code rampMs} the completions are spread too instead of arriving in one wave per latency period.
         */
        void start(int inFlight, long rampMs) {
            for (int i = 0; i < inFlight; i++) {
                if (rampMs > 0 && !client.blocking()) {
                    backoff.schedule(this::next, rampMs * 1000 * i / inFlight, TimeUnit.MICROSECONDS);
                } else if (client.blocking()) {
                    Thread t = new Thread(this::loop, "bench-caller-" + i);
                    t.setDaemon(true);
                    t.start();
                } else {
                    next();
                }
            }
        }

        private void loop() {
            while (!stopped) {
                try {
                    record(client.callBlocking(), null);
                } catch (Throwable e) {
                    record(0, e);
                    sleep(10);
                }
            }
        }

        private void next() {
            if (stopped) {
                return;
            }
            outstanding.incrementAndGet();
            client.callAsync((n, failure) -> {
                outstanding.decrementAndGet();
                record(n, failure);
                if (failure == null) {
                    next();
                } else {
                    backoff.schedule(this::next, 10, TimeUnit.MILLISECONDS);
                }
            });
        }

        private void record(int n, Throwable failure) {
            if (failure != null) {
                errors.increment();
                lastError = failure;
                return;
            }
            calls.increment();
            pieces.add(n);
            if (n != expected) {
                wrong.increment();
            }
        }
    }

    static Map<String, Object> load(String name, String baseUrl, int inFlight, int expected, double warmup,
                                    double measure, long rampMs) throws Exception {
        BenchClient client = Clients.create(name, baseUrl, inFlight);
        Load load = new Load(client, expected);
        load.start(inFlight, rampMs);
        sleep((long) (warmup * 1000));
        long calls0 = load.calls.sum();
        long pieces0 = load.pieces.sum();
        long errors0 = load.errors.sum() + load.wrong.sum();
        jdk.jfr.Recording recording = startProfile();
        ReadStats.Snapshot reads0 = ReadStats.Snapshot.take();
        Meter meter = new Meter();
        sleep((long) (measure * 1000));
        long calls = load.calls.sum() - calls0;
        long pieces = load.pieces.sum() - pieces0;
        Meter.Result r = meter.stop();
        ReadStats.Snapshot reads1 = ReadStats.Snapshot.take();
        stopProfile(recording);
        long errors = load.errors.sum() + load.wrong.sum() - errors0;
        System.gc();
        long liveHeap = Meter.heapUsed(); // with the calls still in flight
        load.stopped = true;
        Map<String, Object> out = new LinkedHashMap<>();
        double seconds = r.wallNanos() / 1e9;
        out.put("calls", calls);
        out.put("callsPerSec", fmt(calls / seconds));
        out.put("piecesPerSec", fmt(pieces / seconds));
        out.put("cpuUsPerCall", fmt(r.cpuNanos() / 1e3 / Math.max(1, calls)));
        out.put("cpuUsPerPiece", fmt(r.cpuNanos() / 1e3 / Math.max(1, pieces)));
        out.put("allocKBPerCall", fmt(r.allocatedBytes() / 1024.0 / Math.max(1, calls)));
        out.put("allocBPerPiece", fmt(r.allocatedBytes() / (double) Math.max(1, pieces)));
        out.put("cpuUtil", fmt(r.cpuNanos() / (double) r.wallNanos())); // of one core
        out.put("peakThreads", r.peakThreads());
        out.put("threadsStarted", r.threadsStarted());
        out.put("peakHeapMB", fmt(r.peakHeapBytes() / 1048576.0));
        out.put("liveHeapMB", fmt(liveHeap / 1048576.0));
        out.put("liveKBPerInFlight", fmt(liveHeap / 1024.0 / inFlight));
        out.put("errors", errors);
        if (expected > 1) {
            reads0.putDelta(reads1, pieces, out);
        }
        out.put("cpus", Runtime.getRuntime().availableProcessors());
        if (load.lastError != null) {
            out.put("lastError", ("\"" + load.lastError).replaceAll("\\s+", "_").substring(0,
                    Math.min(160, ("\"" + load.lastError).length())));
        }
        return out;
    }

    /** One long stream at a time; the last of {@code warmupRuns + 1} is measured. */
    static Map<String, Object> single(String name, String baseUrl, int expected, int warmupRuns) throws Exception {
        BenchClient client = Clients.create(name, baseUrl, 1);
        for (int i = 0; i < warmupRuns; i++) {
            runOnce(client, expected);
        }
        System.gc();
        jdk.jfr.Recording recording = startProfile();
        Meter meter = new Meter();
        int pieces = runOnce(client, expected);
        Meter.Result r = meter.stop();
        stopProfile(recording);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pieces", pieces);
        out.put("wallMs", fmt(r.wallNanos() / 1e6));
        out.put("cpuUsPerPiece", fmt(r.cpuNanos() / 1e3 / Math.max(1, pieces)));
        out.put("allocBPerPiece", fmt(r.allocatedBytes() / (double) Math.max(1, pieces)));
        out.put("heapAtStartMB", fmt(r.heapAtStartBytes() / 1048576.0));
        out.put("peakHeapMB", fmt(r.peakHeapBytes() / 1048576.0));
        out.put("peakLiveMB", fmt(r.peakLiveAfterGcBytes() / 1048576.0));
        out.put("peakThreads", r.peakThreads());
        out.put("maxHeapMB", fmt(Runtime.getRuntime().maxMemory() / 1048576.0));
        return out;
    }

    private static int runOnce(BenchClient client, int expected) throws Exception {
        CompletableFuture<Integer> result = new CompletableFuture<>();
        client.callAsync((n, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(n);
            }
        });
        int n = result.get(10, TimeUnit.MINUTES);
        if (n != expected) {
            throw new IllegalStateException("expected " + expected + " pieces, got " + n);
        }
        return n;
    }

    /** The same SSE bytes fed in 16 KB pieces to SseParser, StreamDecoder and the raw baseline's parser. */
    static Map<String, Object> parser(int chunks, int warmupRuns, int runs) throws Exception {
        byte[] body = Payloads.stream(chunks);
        List<ByteBuffer> pieces = new ArrayList<>();
        for (int off = 0; off < body.length; off += 16384) {
            pieces.add(ByteBuffer.wrap(body, off, Math.min(16384, body.length - off)).slice());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("chunks", chunks);
        out.put("bytesPerChunk", fmt(body.length / (double) chunks));
        for (String which : new String[] {"sseParser", "streamDecoder", "rawSse"}) {
            for (int i = 0; i < warmupRuns; i++) {
                parseOnce(which, pieces, chunks);
            }
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                    .getThreadMXBean();
            long tid = Thread.currentThread().getId();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long alloc0 = threads.getThreadAllocatedBytes(tid);
            for (int i = 0; i < runs; i++) {
                parseOnce(which, pieces, chunks);
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            long alloc = threads.getThreadAllocatedBytes(tid) - alloc0;
            out.put(which + "UsPerChunk", fmt(cpu / 1e3 / ((double) runs * chunks)));
            out.put(which + "BPerChunk", fmt(alloc / ((double) runs * chunks)));
        }
        return out;
    }

    private static void parseOnce(String which, List<ByteBuffer> pieces, int expected) throws Exception {
        int[] count = new int[1];
        switch (which) {
            case "sseParser" -> {
                // events only, in the byte form the component's decoder uses (no String per event)
                SseParser parser = new SseParser(new SseParser.Listener() {
                    @Override
                    public void onEvent(io.camelchat.chatcompletion.sse.SseEvent event) {
                        count[0]++;
                    }

                    @Override
                    public void onEvent(String type, byte[] data, int offset, int length) {
                        count[0]++;
                    }
                });
                for (ByteBuffer b : pieces) {
                    parser.feed(b.duplicate());
                }
                count[0] -= 4; // role, finish, usage, [DONE]
            }
            case "streamDecoder" -> {
                boolean[] completed = new boolean[1];
                StreamDecoder decoder = new StreamDecoder(
                        new ResponseHead(200, "OK", Map.of("Content-Type", "text/event-stream")), EnvelopeMode.auto,
                        new io.camelchat.chatcompletion.stream.StreamLimits(Integer.MAX_VALUE, Integer.MAX_VALUE),
                        new StreamListener() {
                            @Override
                            public void onChunk(StreamChunk chunk) {
                                count[0]++;
                            }

                            @Override
                            public void onComplete(ChatCompletionResponse result) {
                                completed[0] = true;
                            }

                            @Override
                            public void onError(ChatCompletionException error) {
                                throw new IllegalStateException(error);
                            }
                        }, () -> {
                        });
                for (ByteBuffer b : pieces) {
                    decoder.feed(b.duplicate());
                }
                decoder.end();
                if (!completed[0]) {
                    throw new IllegalStateException("decoder did not complete");
                }
            }
            default -> {
                RawSse sse = new RawSse();
                for (ByteBuffer b : pieces) {
                    sse.feed(b.array(), b.arrayOffset() + b.position(), b.remaining());
                }
                count[0] = sse.pieces();
            }
        }
        if (count[0] != expected) {
            throw new IllegalStateException(which + ": expected " + expected + " chunks, got " + count[0]);
        }
    }

    /** With -Dbench.jfr.file=..., a JFR recording (profile settings) of the measured window only. */
    private static jdk.jfr.Recording startProfile() throws Exception {
        String file = System.getProperty("bench.jfr.file");
        if (file == null) {
            return null;
        }
        jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
        recording.setDestination(java.nio.file.Path.of(file));
        recording.start();
        return recording;
    }

    private static void stopProfile(jdk.jfr.Recording recording) {
        if (recording != null) {
            recording.stop(); // writes the destination file
            recording.close();
        }
    }

    static String fmt(double v) {
        return v >= 100 ? String.format("%.0f", v) : v >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
