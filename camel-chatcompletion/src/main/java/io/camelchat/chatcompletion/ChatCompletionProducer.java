package io.camelchat.chatcompletion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelchat.chatcompletion.call.ChatCall;
import io.camelchat.chatcompletion.call.StructuredCall;
import io.camelchat.chatcompletion.request.PreparedRequest;
import io.camelchat.chatcompletion.request.RequestFactory;
import io.camelchat.chatcompletion.request.RequestOptions;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Sends the exchange to the chat completion server without blocking: {@link #process(Exchange, AsyncCallback)}
 * returns at once and the exchange continues on the endpoint's executor when the answer is in.
 */
public class ChatCompletionProducer extends DefaultAsyncProducer {

    public ChatCompletionProducer(ChatCompletionEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public ChatCompletionEndpoint getEndpoint() {
        return (ChatCompletionEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        PreparedRequest request;
        StructuredCall structured = null;
        try {
            ChatCompletionConfiguration config = getEndpoint().getConfiguration();
            RequestOptions options = RequestOptions.resolve(config, exchange.getMessage());
            ObjectNode built = RequestFactory.build(exchange.getMessage(), options, config);
            if (config.hasStructuredOutput()
                    || exchange.getMessage().getHeader(ChatCompletionConstants.JSON_SCHEMA) != null) {
                // only here: an endpoint without structured output never loads the schema libraries
                structured = getEndpoint().structuredOutput().begin(exchange.getMessage(), built);
            }
            request = structured != null ? structured.firstRequest() : RequestFactory.prepare(built, config);
            if (getEndpoint().getCallEnvironment().budget() != null) {
                getEndpoint().getCallEnvironment().budget().checkFits(request.estimatedTokens());
            }
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        new ChatCall(getEndpoint().getCallEnvironment(), exchange, callback, request, structured).start();
        return false;
    }
}
