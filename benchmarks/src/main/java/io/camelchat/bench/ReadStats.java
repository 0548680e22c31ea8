package io.camelchat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;

/**
 * How streamed bytes reach a client: the number of body deliveries (HttpClient 5 {@code data()}/{@code consume()}
 * calls, JDK HttpClient {@code onNext} calls) and their bytes, plus the process's read system calls and bytes read
 * ({@code syscr}, {@code rchar} of {@code /proc/self/io}; in the measured window these are almost only socket reads).
 */
final class ReadStats {

    static final LongAdder DELIVERIES = new LongAdder();
    static final LongAdder DELIVERED_BYTES = new LongAdder();

    private ReadStats() {
    }

    static void delivered(int bytes) {
        DELIVERIES.increment();
        DELIVERED_BYTES.add(bytes);
    }

    /** {syscr, rchar} of this process, or {-1, -1} where /proc/self/io is not readable. */
    static long[] procIo() {
        long[] out = {-1, -1};
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                if (line.startsWith("syscr:")) {
                    out[0] = Long.parseLong(line.substring(6).trim());
                } else if (line.startsWith("rchar:")) {
                    out[1] = Long.parseLong(line.substring(6).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave -1
        }
        return out;
    }

    /** A window's snapshot. */
    record Snapshot(long deliveries, long deliveredBytes, long syscr, long rchar) {
        static Snapshot take() {
            long[] io = procIo();
            return new Snapshot(DELIVERIES.sum(), DELIVERED_BYTES.sum(), io[0], io[1]);
        }

        /** Keys for the RESULT line: bytes per delivery, deliveries and read calls per piece, bytes per read call. */
        void putDelta(Snapshot end, long pieces, java.util.Map<String, Object> out) {
            long calls = end.deliveries - deliveries;
            if (calls == 0) {
                return;
            }
            long bytes = end.deliveredBytes - deliveredBytes;
            out.put("deliveries", calls);
            out.put("bytesPerDelivery", ClientMain.fmt(bytes / (double) calls));
            out.put("deliveriesPerPiece", ClientMain.fmt(calls / (double) Math.max(1, pieces)));
            if (syscr >= 0 && end.syscr > syscr) {
                long reads = end.syscr - syscr;
                out.put("readCalls", reads);
                out.put("bytesPerRead", ClientMain.fmt((end.rchar - rchar) / (double) reads));
                out.put("readsPerPiece", ClientMain.fmt(reads / (double) Math.max(1, pieces)));
            }
        }
    }
}
