package io.camelchat.chatcompletion;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.SendDynamicAware;
import org.apache.camel.spi.annotations.SendDynamic;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.StringHelper;

/**
 * Lets {@code toD("chatcompletion:${header.model}?...")} reuse one endpoint and producer for every model: the model
 * resolved from the URI moves into the {@code CamelChatCompletionModel} header for that send (unless the exchange
 * already sets the header), and the endpoint is looked up without it.
 */
@SendDynamic("chatcompletion")
public class ChatCompletionSendDynamicAware extends ServiceSupport implements SendDynamicAware {

    private CamelContext camelContext;
    private String scheme;

    @Override
    public String getScheme() {
        return scheme;
    }

    @Override
    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public boolean isLenientProperties() {
        return false;
    }

    @Override
    public DynamicAwareEntry prepare(Exchange exchange, String uri, String originalUri) {
        return new DynamicAwareEntry(uri, originalUri, null, null);
    }

    @Override
    public String resolveStaticUri(Exchange exchange, DynamicAwareEntry entry) {
        String model = model(entry.getUri());
        if (model.isEmpty() || model.equals(model(entry.getOriginalUri()))) {
            return null;
        }
        String query = StringHelper.after(entry.getUri(), "?");
        return scheme + ":" + (query == null ? "" : "?" + query);
    }

    @Override
    public Processor createPreProcessor(Exchange exchange, DynamicAwareEntry entry) {
        if (exchange.getMessage().getHeader(ChatCompletionConstants.MODEL) != null) {
            return null;
        }
        String model = model(entry.getUri());
        return e -> e.getMessage().setHeader(ChatCompletionConstants.MODEL, model);
    }

    @Override
    public Processor createPostProcessor(Exchange exchange, DynamicAwareEntry entry) {
        if (exchange.getMessage().getHeader(ChatCompletionConstants.MODEL) != null) {
            return null;
        }
        return e -> e.getMessage().removeHeader(ChatCompletionConstants.MODEL);
    }

    /** The path of a chatcompletion URI: what lies between the scheme and the query. */
    private static String model(String uri) {
        String path = StringHelper.after(StringHelper.before(uri, "?", uri), ":", "");
        return path.startsWith("//") ? path.substring(2) : path;
    }
}
