package io.camelchat.chatcompletion;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.component.SendDynamicAwareSupport;
import org.apache.camel.util.StringHelper;
import org.apache.camel.util.URISupport;

/**
 * Lets {@code toD} reuse one endpoint, and so one in-flight cap and one HTTP client, for every value of the options
 * that have a per-exchange header, as camel-http does for query parameters. For each send, the model from the URI
 * path and the options {@code temperature}, {@code topP}, {@code maxTokens}, {@code maxCompletionTokens},
 * {@code user}, {@code systemMessage} and {@code stream} move into their {@code CamelChatCompletion*} headers (a
 * header the exchange already has wins, as with a static endpoint), and the endpoint is looked up without them. An
 * empty model (a {@code ${header.model}} that resolved to nothing) leaves the endpoint's or component's model in force.
 */
@org.apache.camel.spi.annotations.SendDynamic("chatcompletion")
public class ChatCompletionSendDynamicAware extends SendDynamicAwareSupport {

    /** URI options that have a per-exchange header, by option name. */
    private static final Map<String, String> HEADER_OPTIONS = Map.of(
            "temperature", ChatCompletionConstants.TEMPERATURE,
            "topP", ChatCompletionConstants.TOP_P,
            "maxTokens", ChatCompletionConstants.MAX_TOKENS,
            "maxCompletionTokens", ChatCompletionConstants.MAX_COMPLETION_TOKENS,
            "user", ChatCompletionConstants.USER,
            "systemMessage", ChatCompletionConstants.SYSTEM_MESSAGE,
            "stream", ChatCompletionConstants.STREAM);

    @Override
    public boolean isLenientProperties() {
        return false;
    }

    @Override
    public DynamicAwareEntry prepare(Exchange exchange, String uri, String originalUri) throws Exception {
        Map<String, Object> options = URISupport.parseQuery(StringHelper.after(uri, "?", ""));
        Map<String, Object> headers = new LinkedHashMap<>();
        String model = model(uri);
        if (!model.isEmpty()) {
            headers.put(ChatCompletionConstants.MODEL, model);
        }
        HEADER_OPTIONS.forEach((option, header) -> {
            Object value = options.remove(option);
            if (value != null) {
                headers.put(header, value);
            }
        });
        // a header the exchange already has wins, and is left alone afterwards
        Message message = exchange.getMessage();
        headers.keySet().removeIf(header -> message.getHeader(header) != null);
        return new DynamicAwareEntry(uri, originalUri, options, headers);
    }

    @Override
    public String resolveStaticUri(Exchange exchange, DynamicAwareEntry entry) throws Exception {
        Map<String, Object> options = entry.getProperties();
        // the model moved to a header, so there is no path; with no option left either, Camel would refuse the bare
        // "chatcompletion:" (no path), so the URI states an option at its default value instead
        return getScheme() + ":?" + (options.isEmpty()
                ? "lazyStartProducer=false" : URISupport.createQueryString(options));
    }

    @Override
    public Processor createPreProcessor(Exchange exchange, DynamicAwareEntry entry) {
        Map<String, Object> headers = entry.getLenientProperties();
        return headers.isEmpty() ? null : e -> e.getMessage().getHeaders().putAll(headers);
    }

    @Override
    public Processor createPostProcessor(Exchange exchange, DynamicAwareEntry entry) {
        Map<String, Object> headers = entry.getLenientProperties();
        return headers.isEmpty() ? null : e -> headers.keySet().forEach(e.getMessage()::removeHeader);
    }

    /** The path of a chatcompletion URI: what lies between the scheme and the query. */
    private static String model(String uri) {
        String path = StringHelper.after(StringHelper.before(uri, "?", uri), ":", "");
        return path.startsWith("//") ? path.substring(2) : path;
    }
}
