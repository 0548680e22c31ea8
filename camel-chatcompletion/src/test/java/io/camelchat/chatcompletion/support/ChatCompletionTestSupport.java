package io.camelchat.chatcompletion.support;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;

/**
 * A Camel test whose chatcompletion component sends exactly one request per exchange (maxRetries=0), so a test of one
 * failure sees that failure; tests about retries override {@link #maxRetries()}.
 */
public abstract class ChatCompletionTestSupport extends CamelTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        ChatCompletionComponent component = new ChatCompletionComponent();
        component.getConfiguration().setMaxRetries(maxRetries());
        context.addComponent("chatcompletion", component);
        return context;
    }

    protected int maxRetries() {
        return 0;
    }
}
