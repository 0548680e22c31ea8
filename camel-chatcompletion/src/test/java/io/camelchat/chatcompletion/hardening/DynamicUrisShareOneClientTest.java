package io.camelchat.chatcompletion.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** 50 distinct {@code user=u${header.i}} toD URIs share one endpoint and one client; see the support class. */
@Timeout(120)
class DynamicUrisShareOneClientTest extends DynamicUrisTestSupport {

    DynamicUrisShareOneClientTest() throws Exception {
    }

    @Override
    String dynamicOptions() {
        return "user=u${header.i}";
    }

    @Test
    void perTenantUsersShareOneClient() throws Exception {
        runAndCheck("user=u${header.i}", n -> json -> json.path("user").asText().equals("u" + n));
    }
}
