package io.camelchat.chatcompletion.testsupport;

import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Counts the server-side sockets that are open, remembers the peak, and lets a test wait for a count. A socket is
 * open from {@link #register} until its first {@link #release}.
 */
final class ConnectionTracker {

    private final Object lock = new Object();
    private final Set<Socket> open = new HashSet<>();
    private int peak;
    private boolean shutDown;

    /**
     * Starts counting a socket, or closes it at once when the tracker is already shut down.
     *
     * @param socket a freshly accepted socket
     * @return {@code false} when the socket was refused (and closed) because of {@link #shutDown()}
     */
    boolean register(Socket socket) {
        synchronized (lock) {
            if (!shutDown) {
                open.add(socket);
                peak = Math.max(peak, open.size());
                lock.notifyAll();
                return true;
            }
        }
        closeQuietly(socket);
        return false;
    }

    /**
     * Closes a socket and stops counting it. Calling it again for the same socket does nothing more.
     *
     * @param socket the socket
     */
    void release(Socket socket) {
        closeQuietly(socket);
        synchronized (lock) {
            if (open.remove(socket)) {
                lock.notifyAll();
            }
        }
    }

    /** Refuses new sockets and closes (and releases) every open one. */
    void shutDown() {
        List<Socket> toClose;
        synchronized (lock) {
            shutDown = true;
            toClose = new ArrayList<>(open);
        }
        toClose.forEach(this::release);
    }

    /** @return how many sockets are open now */
    int open() {
        synchronized (lock) {
            return open.size();
        }
    }

    /** @return the largest number of sockets open at once so far */
    int peak() {
        synchronized (lock) {
            return peak;
        }
    }

    /**
     * Waits until exactly {@code expected} sockets are open.
     *
     * @return whether that happened before the timeout
     */
    boolean await(int expected, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (lock) {
            while (open.size() != expected) {
                long remainingNanos = deadline - System.nanoTime();
                if (remainingNanos <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, remainingNanos);
            }
            return true;
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
    }
}
