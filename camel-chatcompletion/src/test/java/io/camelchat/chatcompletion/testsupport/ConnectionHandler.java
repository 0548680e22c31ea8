package io.camelchat.chatcompletion.testsupport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Serves one connection: reads one request, records it, writes the scripted response piece by piece and ends the
 * connection the way the script says. The socket is always released when this returns.
 */
final class ConnectionHandler implements Runnable {

    /** How often a stalled connection checks whether the client has gone. */
    private static final int STALL_POLL_MS = 50;

    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Socket socket;
    private final ConnectionTracker tracker;
    private final Consumer<RecordedRequest> recorder;
    private final Function<RecordedRequest, ScriptedResponse> script;

    /**
     * @param socket   the accepted socket, already registered with {@code tracker}
     * @param tracker  releases the socket at the end
     * @param recorder receives the request once it is fully read and its response chosen
     * @param script   chooses the response for the request
     */
    ConnectionHandler(Socket socket, ConnectionTracker tracker, Consumer<RecordedRequest> recorder,
            Function<RecordedRequest, ScriptedResponse> script) {
        this.socket = socket;
        this.tracker = tracker;
        this.recorder = recorder;
        this.script = script;
    }

    @Override
    public void run() {
        try {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            RequestReader reader = new RequestReader(in);
            RequestReader.Head head = reader.readHead();
            if (head == null) {
                return; // connected and closed without a request
            }
            if (head.expectsContinue() && head.announcesBody()) {
                // Not ignored: java.net.http.HttpClient would wait for this forever before sending the body.
                socket.getOutputStream().write(CONTINUE);
                socket.getOutputStream().flush();
            }
            byte[] body = reader.readBody(head);
            RecordedRequest request = new RecordedRequest(head.method(), head.target(), head.headers(), body);
            ScriptedResponse response = script.apply(request);
            recorder.accept(request); // after choosing, so a test that saw the request knows its script is taken
            respond(response, in);
        } catch (IOException e) {
            // the client went away or the server is closing: nothing to report to anyone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is closing
        } finally {
            tracker.release(socket);
        }
    }

    private void respond(ScriptedResponse response, InputStream in) throws IOException, InterruptedException {
        pause(response.firstByteDelayMs());
        OutputStream out = socket.getOutputStream();
        boolean first = true;
        for (byte[] piece : response.pieces()) {
            if (!first) {
                pause(response.delayMs());
            }
            first = false;
            out.write(piece);
            out.flush();
        }
        switch (response.ending()) {
            case CLOSE -> socket.shutdownOutput(); // FIN first; tracker.release then closes the socket
            case RESET -> socket.setSoLinger(true, 0); // close() now sends RST
            case STALL -> stall(response.stallMs(), in);
            default -> throw new IllegalStateException("unknown ending " + response.ending());
        }
    }

    /** Keeps the socket open and silent until the time is up, the client closes, or the server closes it. */
    private void stall(long stallMs, InputStream in) throws IOException {
        long deadline = stallMs == 0 ? Long.MAX_VALUE : System.nanoTime() + stallMs * 1_000_000L;
        socket.setSoTimeout(STALL_POLL_MS);
        byte[] sink = new byte[4096];
        while (!Thread.currentThread().isInterrupted() && deadline - System.nanoTime() > 0) {
            try {
                if (in.read(sink) < 0) {
                    return; // the client closed its side
                }
                // anything else the client sends (a pipelined request, say) is discarded
            } catch (SocketTimeoutException stillOpen) {
                // keep stalling
            }
        }
    }

    private static void pause(long ms) throws InterruptedException {
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }
}
