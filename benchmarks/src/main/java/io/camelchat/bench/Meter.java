package io.camelchat.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;

/**
 * What a client JVM spends: process CPU time (every thread: callers, I/O, GC, JIT), heap allocated by all threads
 * (GC-based: bytes freed by every collection plus the growth of the heap in use, so threads that died still count),
 * threads started and peak threads, heap in use sampled every 20 ms.
 */
final class Meter {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final AtomicLong FREED_BY_GC = new AtomicLong();
    private static volatile long peakHeapSampled;
    private static volatile long peakLiveAfterGc;
    private static volatile boolean sampling;

    static {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                        .getGcInfo();
                long after = used(info.getMemoryUsageAfterGc());
                FREED_BY_GC.addAndGet(used(info.getMemoryUsageBeforeGc()) - after);
                if (sampling && after > peakLiveAfterGc) {
                    peakLiveAfterGc = after;
                }
            }, null, null);
        }
        Thread sampler = new Thread(() -> {
            while (true) {
                if (sampling) {
                    long used = heapUsed();
                    if (used > peakHeapSampled) {
                        peakHeapSampled = used;
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static long used(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pools.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && usage != null) {
                sum += usage.getUsed();
            }
        }
        return sum;
    }

    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Bytes allocated on the heap since the JVM started (modulo collections whose notification is still pending). */
    static long allocatedSoFar() {
        return FREED_BY_GC.get() + heapUsed();
    }

    final long wallStart = System.nanoTime();
    final long cpuStart = OS.getProcessCpuTime();
    final long allocStart = allocatedSoFar();
    final long threadsStartedBefore = THREADS.getTotalStartedThreadCount();
    final long heapAtStart = heapUsed();

    Meter() {
        THREADS.resetPeakThreadCount();
        peakHeapSampled = heapAtStart;
        peakLiveAfterGc = 0;
        sampling = true;
    }

    Result stop() {
        sampling = false;
        return new Result(System.nanoTime() - wallStart, OS.getProcessCpuTime() - cpuStart,
                allocatedSoFar() - allocStart, THREADS.getTotalStartedThreadCount() - threadsStartedBefore,
                THREADS.getPeakThreadCount(), Math.max(peakHeapSampled, heapUsed()), heapAtStart, peakLiveAfterGc);
    }

    record Result(long wallNanos, long cpuNanos, long allocatedBytes, long threadsStarted, int peakThreads,
                  long peakHeapBytes, long heapAtStartBytes, long peakLiveAfterGcBytes) {
    }
}
