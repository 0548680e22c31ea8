package io.camelchat.chatcompletion.examples.kafka;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of the enrichment route: records consumed, enriched records written, dead letters written, offsets
 * commits, tokens used, the longest wait for the rate-limit budget, and the time from the first record consumed to the
 * last record written.
 */
public final class PipelineStats {

    private final AtomicInteger consumed = new AtomicInteger();
    private final AtomicInteger enriched = new AtomicInteger();
    private final AtomicInteger deadLettered = new AtomicInteger();
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger repairs = new AtomicInteger();
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicLong maxBudgetWaitMillis = new AtomicLong();
    private final AtomicLong firstConsumedNanos = new AtomicLong();
    private final AtomicLong lastWrittenNanos = new AtomicLong();

    void recordConsumed(int records) {
        firstConsumedNanos.compareAndSet(0, System.nanoTime());
        consumed.addAndGet(records);
    }

    void recordEnriched() {
        enriched.incrementAndGet();
        lastWrittenNanos.set(System.nanoTime());
    }

    void recordDeadLetter() {
        deadLettered.incrementAndGet();
        lastWrittenNanos.set(System.nanoTime());
    }

    void recordCommits(int partitions) {
        commits.addAndGet(partitions);
    }

    void recordRepairs(int count) {
        repairs.addAndGet(count);
    }

    /** Structured-output repair requests the enriched records needed. */
    public int repairs() {
        return repairs.get();
    }

    void recordTokens(long count) {
        tokens.addAndGet(count);
    }

    void recordBudgetWait(long millis) {
        maxBudgetWaitMillis.accumulateAndGet(millis, Math::max);
    }

    /** The longest a call waited for the rate-limit budget, in milliseconds. */
    public long maxBudgetWaitMillis() {
        return maxBudgetWaitMillis.get();
    }

    public int consumed() {
        return consumed.get();
    }

    public int enriched() {
        return enriched.get();
    }

    public int deadLettered() {
        return deadLettered.get();
    }

    public int commits() {
        return commits.get();
    }

    public long tokens() {
        return tokens.get();
    }

    /** Records written (enriched or dead-lettered) per second, from the first consumed to the last written. */
    public double recordsPerSecond() {
        long elapsed = lastWrittenNanos.get() - firstConsumedNanos.get();
        int written = enriched() + deadLettered();
        return elapsed <= 0 ? 0 : written * 1_000_000_000.0 / elapsed;
    }
}
