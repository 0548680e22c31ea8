package io.camelchat.chatcompletion;

import java.util.stream.Stream;

import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/** Client contract rules 1 and 3: a non-2xx body is read as an error document of any server's shape. */
class ErrorBodyShapesTest extends ChatCallTestSupport {

    private static final String HTML = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                       + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("OpenAI", 401, "application/json", """
                        {"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}""",
                        "invalid_api_key", "invalid_request_error", "Incorrect API key provided", false),
                Arguments.of("OpenAI quota", 429, "application/json", """
                        {"error":{"message":"You exceeded your current quota","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}""",
                        "insufficient_quota", "insufficient_quota", "You exceeded your current quota", false),
                Arguments.of("quota as type only", 429, "application/json", """
                        {"error":{"message":"quota","type":"insufficient_quota","param":null,"code":null}}""",
                        null, "insufficient_quota", "quota", false),
                Arguments.of("quota as code only", 429, "application/json", """
                        {"error":{"message":"quota","type":"requests","code":"insufficient_quota"}}""",
                        "insufficient_quota", "requests", "quota", false),
                Arguments.of("Azure 429", 429, "application/json", """
                        {"error":{"code":"429","message":"Please retry after 37 seconds."}}""",
                        "429", null, "Please retry after 37 seconds.", true),
                Arguments.of("LiteLLM", 429, "application/json", """
                        {"error":{"message":"litellm.RateLimitError: slow down","type":"throttling_error","param":null,"code":"429"}}""",
                        "429", "throttling_error", "litellm.RateLimitError: slow down", true),
                Arguments.of("vLLM", 400, "application/json", """
                        {"error":{"object":"error","message":"max_tokens is too large","type":"BadRequestError","param":null,"code":400}}""",
                        "400", "BadRequestError", "max_tokens is too large", false),
                Arguments.of("vLLM bare", 400, "application/json", """
                        {"object":"error","message":"bad temperature","type":"BadRequestError","param":null,"code":400}""",
                        "400", "BadRequestError", "bad temperature", false),
                Arguments.of("OpenRouter", 402, "application/json", """
                        {"error":{"code":402,"message":"Insufficient credits","metadata":{"provider_name":null}}}""",
                        "402", null, "Insufficient credits", false),
                Arguments.of("llama.cpp", 400, "application/json", """
                        {"error":{"code":400,"message":"context too long","type":"exceed_context_size_error"}}""",
                        "400", "exceed_context_size_error", "context too long", false),
                Arguments.of("Ollama", 404, "application/json", """
                        {"error":{"message":"model \\"x\\" not found","type":"not_found_error","param":null,"code":null}}""",
                        null, "not_found_error", "model \"x\" not found", false),
                Arguments.of("TGI", 422, "application/json", """
                        {"error":"Input validation error: `top_p` must be > 0.0","error_type":"validation"}""",
                        "validation", null, "Input validation error: `top_p` must be > 0.0", false),
                Arguments.of("Gemini", 400, "application/json", """
                        [{"error":{"code":400,"message":"Invalid JSON payload","status":"INVALID_ARGUMENT"}}]""",
                        "400", "INVALID_ARGUMENT", "Invalid JSON payload", false),
                Arguments.of("HTML page", 502, "text/html", HTML, null, null,
                        "HTTP 502 Bad Gateway: <html> <head><title>502 Bad Gateway</title></head> <body> "
                        + "<center><h1>502 Bad Gateway</h1></center> </body> </html>", true),
                Arguments.of("plain text", 504, "text/plain", "upstream request timeout", null, null,
                        "HTTP 504 Gateway Timeout: upstream request timeout", true),
                Arguments.of("JSON without error", 403, "application/json", "{\"detail\":\"Forbidden\"}", null, null,
                        "HTTP 403 Forbidden: {\"detail\":\"Forbidden\"}", false));
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("shapes")
    void readsTheErrorOfEveryShape(
            String server, int status, String contentType, String body,
            String code, String type, String message, boolean retryable) {
        stubChat(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body));

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.HTTP);
        assertThat(failure.getHttpStatus()).isEqualTo(status);
        assertThat(failure.getErrorCode()).isEqualTo(code);
        assertThat(failure.getErrorType()).isEqualTo(type);
        assertThat(failure.getProviderMessage()).isEqualTo(message);
        assertThat(failure.isRetryable()).isEqualTo(retryable);
        assertThat(failure.getRetryAfterMs()).isNull();
        assertThat(failure.getResponseBody()).isEqualTo(body);
        assertThat(failure.getMessage()).doesNotContain(API_KEY);
    }

    @ParameterizedTest(name = "empty body under {0}")
    @CsvSource({ "503,Service Unavailable", "500,Server Error", "401,Unauthorized" })
    void anEmptyErrorBodyIsDescribedByItsStatus(int status, String reason) {
        stubChat(aResponse().withStatus(status));

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.HTTP);
        assertThat(failure.getHttpStatus()).isEqualTo(status);
        assertThat(failure.getProviderMessage()).isEqualTo("HTTP " + status + " " + reason);
        assertThat(failure.getErrorCode()).isNull();
        assertThat(failure.getErrorType()).isNull();
        assertThat(failure.isRetryable()).isEqualTo(status != 401);
        assertThat(failure.getResponseBody()).isNull();
    }

    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = { 400, 401, 403, 404, 422, 408, 409, 429, 500, 502, 503, 504 })
    void theStatusDecidesWhetherARetryMayHelp(int status) {
        stubChat(json(status, "{\"error\":{\"message\":\"m\",\"type\":\"t\",\"param\":null,\"code\":null}}"));

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.HTTP);
        assertThat(failure.getHttpStatus()).isEqualTo(status);
        assertThat(failure.getProviderMessage()).isEqualTo("m");
        assertThat(failure.isRetryable()).isEqualTo(status >= 408 && status != 422);
    }

    @Test
    void aLongErrorPageIsCutToASnippetAndABoundedCopy() {
        String page = "<p>" + "y ".repeat(10_000) + "</p>";
        stubChat(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(page));

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getProviderMessage())
                .isEqualTo("HTTP 502 Bad Gateway: " + ("<p>" + "y ".repeat(10_000)).substring(0, 200) + "...");
        assertThat(failure.getResponseBody()).isEqualTo(page.substring(0, 8192));
    }
}
