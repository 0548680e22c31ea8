package io.camelchat.chatcompletion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * https with the trust given through sslContextParameters: a server whose certificate the JVM does not trust is
 * accepted only with those parameters, and its host name is still verified.
 */
class HttpsWithSslContextParametersTest extends ChatCompletionTestSupport {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;
    private static Path keystore;
    private static WireMockServer server;

    @BeforeAll
    static void startHttpsServer() throws Exception {
        keystore = dir.resolve("localhost.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "localhost", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        assertThat(Files.exists(keystore)).isTrue();
        server = new WireMockServer(wireMockConfig().httpDisabled(true).dynamicHttpsPort().jettyAcceptors(1)
                .keystorePath(keystore.toString()).keystorePassword(PASSWORD).keyManagerPassword(PASSWORD)
                .keystoreType("PKCS12"));
        server.start();
        server.stubFor(post(urlEqualTo("/api/v1/chat/completions")).willReturn(okJson(Bodies.envelope("secure"))));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void trustsTheServerOnlyThroughTheGivenParameters() {
        SSLContextParameters tls = new SSLContextParameters();
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource(keystore.toUri().toString());
        trustStore.setPassword(PASSWORD);
        trustStore.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(trustStore);
        tls.setTrustManagers(trust);
        context.getRegistry().bind("tls", tls);
        String https = "https://localhost:" + server.httpsPort();

        Exchange trusted = template.request("chatcompletion:m?sslContextParameters=#tls&baseUrl=" + https,
                e -> e.getMessage().setBody("hi"));
        Exchange untrusted = template.request("chatcompletion:m?baseUrl=" + https, e -> e.getMessage().setBody("hi"));
        Exchange wrongHost = template.request(
                "chatcompletion:m?sslContextParameters=#tls&baseUrl=https://127.0.0.1:" + server.httpsPort(),
                e -> e.getMessage().setBody("hi"));

        assertThat(trusted.getException()).isNull();
        assertThat(trusted.getMessage().getBody()).isEqualTo("secure");
        assertThat(untrusted.getException()).isInstanceOf(ChatCompletionException.class);
        assertThat(((ChatCompletionException) untrusted.getException()).getKind())
                .isEqualTo(ChatCompletionErrorKind.TRANSPORT);
        assertThat(wrongHost.getException()).isInstanceOf(ChatCompletionException.class)
                .hasMessageContaining("SSLPeerUnverifiedException");
        assertThat(((ChatCompletionException) wrongHost.getException()).isRetryable()).isFalse();
    }
}
