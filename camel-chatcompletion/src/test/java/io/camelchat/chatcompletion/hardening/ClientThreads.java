package io.camelchat.chatcompletion.hardening;

import java.util.Set;
import java.util.function.Predicate;

import io.camelchat.chatcompletion.http.SharedClients;

/** Counts live threads by name, ignoring those that existed before a baseline was taken. */
final class ClientThreads {

    private final Set<Thread> baseline = Thread.getAllStackTraces().keySet();

    long count(Predicate<String> name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !baseline.contains(t) && name.test(t.getName()))
                .count();
    }

    /** The I/O threads of the component's connections (and of any HttpClient 5 client). */
    long dispatchThreads() {
        return count(n -> n.startsWith(SharedClients.IO_THREAD_PREFIX) || n.startsWith("httpclient-dispatch"));
    }

    /** Threads of an HTTP client or of the component. */
    long componentThreads() {
        return count(n -> n.startsWith(SharedClients.IO_THREAD_PREFIX) || n.startsWith("httpclient")
                          || n.contains("ChatCompletion"));
    }
}
