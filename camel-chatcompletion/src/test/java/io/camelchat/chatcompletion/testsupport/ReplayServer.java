package io.camelchat.chatcompletion.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A tiny HTTP/1.1 server on a raw {@link ServerSocket} at {@code 127.0.0.1} that writes scripted bytes exactly,
 * in pieces, with pauses, and ends each connection with a close, a reset or a stall.
 *
 * <p>Each connection carries one request and one response, then the server ends it (keep-alive is not
 * honoured). A request with {@code Expect: 100-continue} and a body gets an interim
 * {@code HTTP/1.1 100 Continue} before its body is read (without it {@code java.net.http.HttpClient} waits
 * forever); nothing else about it changes. An accept thread hands every connection to its own daemon thread, so a delayed response never holds
 * up another connection. Thread names start with {@code replay-server-}.
 *
 * <p>Responses come from the {@linkplain #enqueue queue} in FIFO order, then from the
 * {@linkplain #respondWith responder}; with neither, the answer is {@code 500} with the text
 * {@code no scripted response}.
 */
public final class ReplayServer implements AutoCloseable {

    private static final long CLOSE_WAIT_MS = 5_000;

    private final ServerSocket serverSocket;
    private final ConnectionTracker connections = new ConnectionTracker();
    private final Queue<ScriptedResponse> queue = new ConcurrentLinkedQueue<>();
    private volatile Function<RecordedRequest, ScriptedResponse> responder;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final BlockingQueue<RecordedRequest> untaken = new LinkedBlockingQueue<>();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connectionNumber = new AtomicInteger();
    private final Thread acceptThread;
    private volatile boolean closed;

    /**
     * Binds to a free port on {@code 127.0.0.1} and starts accepting.
     *
     * @throws UncheckedIOException when the socket cannot be bound
     */
    public ReplayServer() {
        try {
            serverSocket = new ServerSocket();
            serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the replay server", e);
        }
        acceptThread = newThread("replay-server-accept-" + port(), this::acceptLoop);
        acceptThread.start();
    }

    /**
     * Adds a response to the FIFO queue; each new connection takes the oldest one.
     *
     * @param response the response
     * @return this server
     */
    public ReplayServer enqueue(ScriptedResponse response) {
        queue.add(Objects.requireNonNull(response, "response"));
        return this;
    }

    /**
     * Sets the responder used when the queue is empty. It runs on the connection's thread, so it may be called
     * concurrently. If it throws or returns {@code null}, the client gets a {@code 500}.
     *
     * @param responder builds a response from the recorded request, or {@code null} to remove the responder
     * @return this server
     */
    public ReplayServer respondWith(Function<RecordedRequest, ScriptedResponse> responder) {
        this.responder = responder;
        return this;
    }

    /** @return the bound port */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /** @return {@code http://127.0.0.1:<port>}, without a trailing slash */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * Lists the requests received so far. A request is listed (and can be {@linkplain #takeRequest taken}) once
     * it is fully read and its response has been chosen, before that response is written.
     *
     * @return a snapshot, in the order the requests were recorded
     */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * Takes the oldest request not taken yet, waiting for one if needed. Independent of {@link #requests()}.
     *
     * @param timeout how long to wait
     * @param unit    the unit of {@code timeout}
     * @return the request, or {@code null} when none arrived in time
     * @throws InterruptedException when interrupted while waiting
     */
    public RecordedRequest takeRequest(long timeout, TimeUnit unit) throws InterruptedException {
        return untaken.poll(timeout, unit);
    }

    /** @return how many requests have been received (fully read) so far */
    public int requestCount() {
        return requests.size();
    }

    /**
     * Counts the sockets open on the server side now. A connection counts from accept until the server closes it
     * or sees that the client closed it (a stalled connection checks for that every 50 ms).
     *
     * @return the number of open connections
     */
    public int openConnections() {
        return connections.open();
    }

    /** @return the largest number of connections open at once since the server started */
    public int peakOpenConnections() {
        return connections.peak();
    }

    /**
     * Waits until exactly {@code expected} connections are open.
     *
     * @param expected the count to wait for
     * @param timeout  how long to wait
     * @param unit     the unit of {@code timeout}
     * @return whether the count was reached in time
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean awaitOpenConnections(int expected, long timeout, TimeUnit unit) throws InterruptedException {
        return connections.await(expected, timeout, unit);
    }

    /**
     * Stops accepting, closes every open connection (stalled ones included), wakes delayed ones and waits up to
     * five seconds in total for the server threads to end. Calling it again does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
        connections.shutDown();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MS);
        join(acceptThread, deadline);
        for (Thread thread : threads) {
            thread.interrupt();
        }
        for (Thread thread : threads) {
            join(thread, deadline);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                return; // closed
            }
            if (connections.register(socket)) {
                ConnectionHandler handler = new ConnectionHandler(socket, connections, this::record, this::choose);
                newThread("replay-server-conn-" + port() + "-" + connectionNumber.incrementAndGet(), handler)
                        .start();
            }
        }
    }

    private void record(RecordedRequest request) {
        requests.add(request);
        untaken.add(request);
    }

    private ScriptedResponse choose(RecordedRequest request) {
        ScriptedResponse next = queue.poll();
        if (next != null) {
            return next;
        }
        Function<RecordedRequest, ScriptedResponse> current = responder;
        if (current == null) {
            return ScriptedResponse.text(500, "no scripted response");
        }
        try {
            ScriptedResponse dynamic = current.apply(request);
            return dynamic != null ? dynamic : ScriptedResponse.text(500, "responder returned null");
        } catch (RuntimeException e) {
            return ScriptedResponse.text(500, "responder failed: " + e);
        }
    }

    private Thread newThread(String name, Runnable body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } finally {
                threads.remove(Thread.currentThread());
            }
        }, name);
        thread.setDaemon(true);
        threads.add(thread);
        return thread;
    }

    private static void join(Thread thread, long deadlineNanos) {
        long remainingMs = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (remainingMs <= 0 || thread == Thread.currentThread()) {
            return;
        }
        try {
            thread.join(remainingMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
