package io.camelchat.chatcompletion.examples.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;

/**
 * Unpacks a batch from the batching Kafka consumer (the body is the {@code List<Exchange>} of the polled records):
 * the body becomes the list of record values (JSON Strings) with their keys, ready for a parallel split, and the
 * manual-commit handle of the highest offset of each partition is kept for {@link #commit(Exchange)}.
 */
public final class ReviewBatch {

    /** Property holding the commit handles until the whole batch is written. */
    public static final String COMMITS_PROPERTY = "review.batch.commits";
    /** Header carrying the record key through the split. */
    public static final String KEY_HEADER = "ReviewKey";

    private final PipelineStats stats;

    public ReviewBatch(PipelineStats stats) {
        this.stats = stats;
    }

    /** Replaces the batch body by the records' values, each a message with its key. */
    public void unpack(Exchange batch) {
        List<?> records = batch.getMessage().getBody(List.class);
        List<Message> values = new ArrayList<>(records.size());
        Map<String, Exchange> lastOfPartition = new HashMap<>();
        for (Object item : records) {
            Exchange record = (Exchange) item;
            Message in = record.getMessage();
            Message value = in.copy();
            value.removeHeaders("CamelKafka*");
            value.setHeader(KEY_HEADER, in.getHeader(KafkaConstants.KEY));
            values.add(value);
            String partition = in.getHeader(KafkaConstants.TOPIC) + "-" + in.getHeader(KafkaConstants.PARTITION);
            lastOfPartition.merge(partition, record, (a, b) -> offset(b) > offset(a) ? b : a);
        }
        Collection<KafkaManualCommit> commits = lastOfPartition.values().stream()
                .map(r -> r.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class)).toList();
        batch.setProperty(COMMITS_PROPERTY, commits);
        batch.getMessage().removeHeaders("CamelKafka*");
        batch.getMessage().setBody(values);
        stats.recordConsumed(values.size());
    }

    /**
     * Commits, synchronously, each partition's offset after the batch's highest record: called only once every record
     * of the batch was written to the enriched or the dead-letter topic.
     */
    @SuppressWarnings("unchecked")
    public void commit(Exchange batch) {
        Collection<KafkaManualCommit> commits = batch.getProperty(COMMITS_PROPERTY, Collection.class);
        for (KafkaManualCommit commit : commits) {
            commit.commit();
        }
        stats.recordCommits(commits.size());
    }

    private static long offset(Exchange record) {
        Long offset = record.getMessage().getHeader(KafkaConstants.OFFSET, Long.class);
        return offset == null ? -1 : offset;
    }
}
