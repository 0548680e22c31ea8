package io.camelchat.chatcompletion.secrets;

import io.camelchat.chatcompletion.support.WireMockCamelTestSupport;
import org.apache.camel.Exchange;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HTTP client bean in the registry (another library's, with its own loggers and settings) is not used unless the
 * endpoint names it: a closed one would otherwise fail every call.
 */
class HttpClientBeanNotPickedUpTest extends WireMockCamelTestSupport {

    @Test
    void unnamedClientBeanIsIgnored() throws Exception {
        CloseableHttpAsyncClient someoneElses = HttpAsyncClients.createMinimal();
        someoneElses.close();
        context.getRegistry().bind("someoneElses", someoneElses);
        stubOk();

        Exchange result = template.request(chatUri("gpt-4o-mini", ""), e -> e.getMessage().setBody("Hello!"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("ok");
    }
}
