package io.camelchat.chatcompletion.examples;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.examples.gateway.EmbeddedGateway;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code chatcompletion-action} Kamelet (loaded from {@code classpath:kamelets/}, camel-kamelet 4.18.1) against
 * the embedded gateway: required parameters only, then with the optional ones set; and against a plain OpenAI server
 * (path {@code /v1/chat/completions}, no envelope), reached only with the {@code chatPath} parameter, where
 * {@code inputFormat=request} reads JSON text as a full request.
 */
class ChatCompletionKameletTest extends CamelTestSupport {

    private static final String JSON_REQUEST
            = "{\"model\":\"model-from-request\",\"messages\":[{\"role\":\"user\",\"content\":\"json hi\"}]}";

    private static EmbeddedGateway gateway;
    private static EmbeddedGateway openAi;

    @BeforeAll
    static void startGateways() {
        gateway = EmbeddedGateway.vendor();
        openAi = EmbeddedGateway.openAi();
    }

    @AfterAll
    static void stopGateways() {
        gateway.close();
        openAi.close();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String base = "kamelet:chatcompletion-action?baseUrl=" + gateway.baseUrl() + "&model=gpt-4o-mini"
                              + "&apiKey=" + EmbeddedGateway.API_KEY;
                from("direct:required").to(base);
                from("direct:optional").to(base + "&systemMessage=Be brief.&temperature=0.2&stream=true"
                                           + "&envelope=auto");
                String plain = "kamelet:chatcompletion-action?baseUrl=" + openAi.baseUrl() + "&model=gpt-4o-mini"
                               + "&apiKey=" + EmbeddedGateway.API_KEY;
                from("direct:openai-default-path").to(plain);
                from("direct:openai").to(plain + "&chatPath=" + EmbeddedGateway.OPENAI_CHAT_PATH);
                from("direct:openai-request").to(plain + "&chatPath=" + EmbeddedGateway.OPENAI_CHAT_PATH
                                                 + "&inputFormat=request");
            }
        };
    }

    @Test
    void answersWithTheRequiredParameters() {
        Exchange result = template.request("direct:required", e -> e.getMessage().setBody("hello kamelet"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("You said: hello kamelet");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ENVELOPE_SUCCESS)).isEqualTo(true);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS, Integer.class)).isPositive();
    }

    @Test
    void passesTheOptionalParameters() {
        Exchange result = template.request("direct:optional", e -> e.getMessage().setBody("stream me"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("You said: stream me");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS, Integer.class)).isPositive();
    }

    @Test
    void reachesAPlainOpenAiServerThroughChatPath() {
        Exchange result = template.request("direct:openai", e -> e.getMessage().setBody("hello openai"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("You said: hello openai");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.RESPONSE_MODEL)).isEqualTo("gpt-4o-mini");
    }

    @Test
    void defaultChatPathIsTheVendorPathWhichAPlainOpenAiServerDoesNotServe() {
        Exchange result = template.request("direct:openai-default-path", e -> e.getMessage().setBody("hello"));

        assertThat(result.getException()).isNotNull();
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.HTTP_RESPONSE_CODE)).isEqualTo(404);
    }

    @Test
    void sendsJsonTextAsAPromptByDefault() {
        Exchange result = template.request("direct:openai", e -> e.getMessage().setBody(JSON_REQUEST));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("You said: " + JSON_REQUEST);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.RESPONSE_MODEL)).isEqualTo("gpt-4o-mini");
    }

    @Test
    void readsJsonTextAsAFullRequestWithInputFormatRequest() {
        Exchange result = template.request("direct:openai-request", e -> e.getMessage().setBody(JSON_REQUEST));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("You said: json hi");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.RESPONSE_MODEL))
                .isEqualTo("model-from-request");
    }
}
