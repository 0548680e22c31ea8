package io.camelchat.chatcompletion.examples.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Turns a review record (JSON body) into the prompt for its enrichment, keeping the original JSON in the exchange
 * property {@value #REVIEW_PROPERTY} for the merge (and for the dead letter, should the call fail).
 */
public final class ReviewPrompt implements Processor {

    public static final String REVIEW_PROPERTY = "review.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void process(Exchange exchange) throws Exception {
        String json = exchange.getMessage().getBody(String.class);
        exchange.setProperty(REVIEW_PROPERTY, json);
        exchange.getMessage().setBody(prompt(MAPPER.readTree(json)));
    }

    /** The prompt for one review. */
    public static String prompt(JsonNode review) {
        return "Review " + review.path("id").asText() + ": classify the sentiment (positive, negative or neutral) of this " + review.path("rating").asInt()
               + "-star review of a " + review.path("product").asText() + " and summarise it in one sentence: "
               + review.path("text").asText();
    }
}
