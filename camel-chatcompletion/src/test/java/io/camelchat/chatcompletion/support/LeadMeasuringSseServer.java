package io.camelchat.chatcompletion.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Serves one streaming answer as fast as the socket takes it, through a small send buffer, and measures how far the
 * writer gets ahead of the consumer: after each event is written (a blocking write returns only once the bytes fit
 * in the socket buffers), it compares the events written with the events the consumer reports as processed. Without
 * flow control the lead grows to nearly the whole stream; with it, the lead is bounded by what the client buffers.
 */
public final class LeadMeasuringSseServer implements AutoCloseable {

    private final ServerSocket serverSocket;
    private final Thread thread;
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger maxLead = new AtomicInteger();
    private volatile int consumedWhenDone = -1;
    private volatile Exception failure;

    /**
     * @param events     the events to write after the head, each as one write
     * @param sendBuffer SO_SNDBUF of the accepted socket, in bytes
     * @param consumed   how many events the consumer has processed so far
     */
    public LeadMeasuringSseServer(List<String> events, int sendBuffer, IntSupplier consumed) throws IOException {
        serverSocket = new ServerSocket();
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
        thread = new Thread(() -> serve(events, sendBuffer, consumed), "lead-measuring-sse-server");
        thread.setDaemon(true);
        thread.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + serverSocket.getLocalPort();
    }

    /** The most events written but not yet processed by the consumer, measured after each write. */
    public int maxLead() {
        return maxLead.get();
    }

    public int written() {
        return written.get();
    }

    /** Events the consumer had processed when the last event was written, or -1 while writing. */
    public int consumedWhenDone() {
        return consumedWhenDone;
    }

    public Exception failure() {
        return failure;
    }

    private void serve(List<String> events, int sendBuffer, IntSupplier consumed) {
        try (Socket socket = serverSocket.accept()) {
            socket.setSendBufferSize(sendBuffer);
            readRequest(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (String event : events) {
                out.write(event.getBytes(StandardCharsets.UTF_8));
                int lead = written.incrementAndGet() - consumed.getAsInt();
                maxLead.accumulateAndGet(lead, Math::max);
            }
            out.flush();
            consumedWhenDone = consumed.getAsInt();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // wait for the client to close
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request ended early");
            }
            head.append((char) b);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        in.readNBytes(length);
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        thread.interrupt();
    }
}
