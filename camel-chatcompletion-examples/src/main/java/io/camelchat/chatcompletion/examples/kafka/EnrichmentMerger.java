package io.camelchat.chatcompletion.examples.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Merges the typed answer into the original review: the body becomes the review JSON plus an {@code enrichment}
 * object with the validated {@link ReviewInsight} (sentiment, score, summary, topics), the model that gave it, its
 * token usage (summed over repairs), the attempts the call took and how many structured-output repairs it needed.
 */
public final class EnrichmentMerger implements Processor {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PipelineStats stats;

    public EnrichmentMerger(PipelineStats stats) {
        this.stats = stats;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        ObjectNode review = (ObjectNode) MAPPER.readTree(exchange.getProperty(ReviewPrompt.REVIEW_PROPERTY, String.class));
        Integer total = message.getHeader(ChatCompletionConstants.TOTAL_TOKENS, Integer.class);
        ReviewInsight insight = message.getBody(ReviewInsight.class);
        Integer repairs = message.getHeader(ChatCompletionConstants.STRUCTURED_OUTPUT_REPAIRS, Integer.class);
        ObjectNode enrichment = review.putObject("enrichment");
        enrichment.set("insight", MAPPER.valueToTree(insight));
        enrichment
                .put("model", message.getHeader(ChatCompletionConstants.RESPONSE_MODEL, String.class))
                .put("totalTokens", total)
                .put("attempts", message.getHeader(ChatCompletionConstants.ATTEMPTS, Integer.class))
                .put("repairs", repairs);
        stats.recordRepairs(repairs == null ? 0 : repairs);
        message.setBody(review.toString());
        stats.recordTokens(total == null ? 0 : total);
        Long budgetWait = message.getHeader(ChatCompletionConstants.BUDGET_WAIT, Long.class);
        stats.recordBudgetWait(budgetWait == null ? 0 : budgetWait);
    }
}
