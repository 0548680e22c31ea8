package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.request.ChatUris;
import io.camelchat.chatcompletion.support.WireMockCamelTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.util.ObjectHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class BaseUrlValidationTest extends WireMockCamelTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing                | chatcompletion:m                                | baseUrl must be set
            blank                  | chatcompletion:m?baseUrl=RAW( )                 | baseUrl must be set
            ftp scheme             | chatcompletion:m?baseUrl=ftp://x                | baseUrl must be an http or https URL with a host, was ftp://x
            not a url              | chatcompletion:m?baseUrl=RAW(not a url)         | baseUrl is not a valid URL
            no scheme              | chatcompletion:m?baseUrl=localhost:8080         | baseUrl must be an http or https URL with a host, was localhost:8080
            no host                | chatcompletion:m?baseUrl=http:/v1               | baseUrl must be an http or https URL with a host, was http:/v1
            """)
    void badBaseUrlFailsAtEndpointCreation(String label, String uri, String expectedMessage) {
        Throwable failure = catchThrowable(() -> context.getEndpoint(uri));

        assertThat(failure).isInstanceOf(ResolveEndpointFailedException.class);
        assertThat(ObjectHelper.getException(IllegalArgumentException.class, failure))
                .as("IllegalArgumentException in the cause chain of %s", failure)
                .isNotNull().hasMessageContaining(expectedMessage);
        assertThat(context.getEndpoints()).noneMatch(e -> e.getEndpointUri().startsWith("chatcompletion:"));
    }

    @Test
    void chatPathWithoutLeadingSlashGetsOne() {
        assertThat(ChatUris.chatUri("http://localhost:1/", "v1/chat/completions"))
                .hasToString("http://localhost:1/v1/chat/completions");
        assertThat(ChatUris.chatUri("http://localhost:1", "v1/chat/completions"))
                .hasToString("http://localhost:1/v1/chat/completions");
    }

    @Test
    void trailingSlashOnBaseUrlIsNotDoubled() {
        stubOk();

        Exchange result = template.request("chatcompletion:m?baseUrl=" + baseUrl() + "/&chatPath=/v1/chat/completions",
                e -> e.getMessage().setBody("Hi"));

        assertThat(result.getException()).isNull();
        wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/chat/completions");
    }

    @Test
    void basePathAndRelativeChatPathAreJoinedWithOneSlash() {
        stubOk();

        Exchange result = template.request("chatcompletion:m?baseUrl=" + baseUrl() + "/gateway/"
                                           + "&chatPath=v1/chat/completions",
                e -> e.getMessage().setBody("Hi"));

        assertThat(result.getException()).isNull();
        assertThat(onlyRequest().getUrl()).isEqualTo("/gateway/v1/chat/completions");
    }
}
