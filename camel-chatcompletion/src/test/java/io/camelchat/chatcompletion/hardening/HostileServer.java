package io.camelchat.chatcompletion.hardening;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A misbehaving HTTP/1.1 server on a raw {@link ServerSocket} at 127.0.0.1: each connection reads one request and
 * hands the socket to a {@link Script} that may write a body forever, never end it, or keep the socket open after a
 * complete answer. It records every request body, how many connections the client closed (seen as a failed write
 * or an end of input while the server still wanted the connection) and when. Every loop is bounded: an endless
 * body stops after {@link #ENDLESS_CAP} bytes or {@link #MAX_CONNECTION_MS}, then the connection is held open until
 * the client closes it or the server is closed.
 */
final class HostileServer implements AutoCloseable {

    /** The most bytes an "endless" body writes before it only holds the socket open. */
    static final long ENDLESS_CAP = 128L * 1024 * 1024;
    /** The longest a connection lives on the server side. */
    static final long MAX_CONNECTION_MS = 60_000;

    /** What the server does with one connection after reading its request. */
    @FunctionalInterface
    interface Script {
        void serve(Connection connection) throws IOException;
    }

    private final ServerSocket serverSocket;
    private final Script script;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger closedByClient = new AtomicInteger();
    private final AtomicLong lastClientCloseNanos = new AtomicLong();
    private final Thread acceptThread;
    private volatile boolean closed;

    HostileServer(Script script) throws IOException {
        this.script = script;
        serverSocket = new ServerSocket();
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        acceptThread = daemon("hostile-server-accept", this::acceptLoop);
        acceptThread.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + serverSocket.getLocalPort();
    }

    int requestCount() {
        return requests.size();
    }

    List<String> requestBodies() {
        return List.copyOf(requests);
    }

    /** Connections whose client closed them while the server was still writing or holding them. */
    int closedByClient() {
        return closedByClient.get();
    }

    /** System.nanoTime() of the last close by the client, 0 if none. */
    long lastClientCloseNanos() {
        return lastClientCloseNanos.get();
    }

    int openConnections() {
        return open.size();
    }

    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // best effort
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        try {
            acceptThread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        int n = 0;
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                return;
            }
            open.add(socket);
            daemon("hostile-server-conn-" + (++n), () -> handle(socket)).start();
        }
    }

    private void handle(Socket socket) {
        Connection connection = new Connection(socket);
        try {
            socket.setTcpNoDelay(true);
            String body = connection.readRequest();
            if (body == null) {
                return;
            }
            requests.add(body);
            script.serve(connection);
        } catch (IOException e) {
            connection.clientClosed();
        } finally {
            open.remove(socket);
            closeQuietly(socket);
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** One accepted connection, as a script sees it. */
    final class Connection {
        private final Socket socket;
        private final long startNanos = System.nanoTime();
        private InputStream in;
        private OutputStream out;
        private String requestBody;
        private boolean counted;

        Connection(Socket socket) {
            this.socket = socket;
        }

        String requestBody() {
            return requestBody;
        }

        /** Writes a status line and headers; pass header lines such as "Content-Type: application/json". */
        void head(int status, String... headers) throws IOException {
            StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(status == 200 ? " OK" : " Error")
                    .append("\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        }

        /** A chunked-encoding head. */
        void chunkedHead(int status, String contentType) throws IOException {
            head(status, "Content-Type: " + contentType, "Transfer-Encoding: chunked");
        }

        /** One chunk of a chunked body. */
        void chunk(String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            write(bytes);
            write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        /** The zero chunk that ends a chunked body. */
        void lastChunk() throws IOException {
            write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        void write(String text) throws IOException {
            write(text.getBytes(StandardCharsets.UTF_8));
        }

        /** A complete response with Content-Length and Connection: close. */
        void complete(int status, String contentType, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            head(status, "Content-Type: " + contentType, "Content-Length: " + bytes.length, "Connection: close");
            write(bytes);
        }

        /**
         * Writes {@code unit} again and again, each as a chunk when {@code chunked}, until the client closes the
         * connection (counted) or the bounds are reached (then holds the socket open).
         */
        void endless(byte[] unit, boolean chunked) throws IOException {
            byte[] piece = unit;
            if (chunked) {
                ByteArrayOutputStream framed = new ByteArrayOutputStream();
                framed.writeBytes((Integer.toHexString(unit.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                framed.writeBytes(unit);
                framed.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
                piece = framed.toByteArray();
            }
            long written = 0;
            while (!closed && written < ENDLESS_CAP && !expired()) {
                out.write(piece);
                written += piece.length;
            }
            out.flush();
            holdOpen();
        }

        /** Keeps the socket open, writing nothing, until the client closes it (counted) or the server closes. */
        void holdOpen() throws IOException {
            socket.setSoTimeout(50);
            byte[] sink = new byte[4096];
            while (!closed && !expired()) {
                try {
                    if (in.read(sink) < 0) {
                        clientClosed();
                        return;
                    }
                } catch (SocketTimeoutException e) {
                    // still open
                } catch (IOException e) {
                    clientClosed();
                    return;
                }
            }
        }

        void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private boolean expired() {
            return System.nanoTime() - startNanos > TimeUnit.MILLISECONDS.toNanos(MAX_CONNECTION_MS);
        }

        private void clientClosed() {
            if (!closed && !counted && requestBody != null) {
                counted = true;
                lastClientCloseNanos.set(System.nanoTime());
                closedByClient.incrementAndGet();
            }
        }

        /** Reads the head and a Content-Length or chunked body; null when the client sent nothing. */
        private String readRequest() throws IOException {
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
            int length = -1;
            boolean chunked = false;
            String line = readLine();
            if (line == null) {
                return null;
            }
            while ((line = readLine()) != null && !line.isEmpty()) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("expect:") && lower.contains("100-continue")) {
                    write("HTTP/1.1 100 Continue\r\n\r\n");
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                int size;
                while ((size = Integer.parseInt(readLine().split(";")[0].trim(), 16)) > 0) {
                    body.writeBytes(in.readNBytes(size));
                    readLine();
                }
                readLine();
            } else if (length > 0) {
                body.writeBytes(in.readNBytes(length));
            }
            requestBody = body.toString(StandardCharsets.UTF_8);
            return requestBody;
        }

        private String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    String text = line.toString(StandardCharsets.US_ASCII);
                    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                }
                line.write(b);
            }
            return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
        }
    }
}
