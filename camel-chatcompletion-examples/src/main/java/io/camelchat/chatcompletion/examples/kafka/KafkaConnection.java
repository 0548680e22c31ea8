package io.camelchat.chatcompletion.examples.kafka;

import java.util.Map;

/**
 * The Kafka cluster the pipeline uses: the one KAFKA_BOOTSTRAP_SERVERS names, or else an {@link EmbeddedKafkaBroker}
 * started for the run and stopped by {@link #close()}.
 *
 * @param bootstrapServers where clients connect
 * @param broker           the embedded broker, or null for an external cluster
 */
public record KafkaConnection(String bootstrapServers, EmbeddedKafkaBroker broker) implements AutoCloseable {

    public static KafkaConnection fromEnvironment(Map<String, String> env) {
        String servers = env.get("KAFKA_BOOTSTRAP_SERVERS");
        if (servers != null && !servers.isBlank()) {
            return new KafkaConnection(servers, null);
        }
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
        return new KafkaConnection(broker.bootstrapServers(), broker);
    }

    public String describe() {
        return (broker != null ? "embedded KRaft broker " : "Kafka cluster ") + bootstrapServers;
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.close();
        }
    }
}
