package io.camelchat.chatcompletion.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** 50 distinct {@code temperature=0.${header.i}} toD URIs share one endpoint and one client; see the support class. */
@Timeout(120)
class DynamicTemperatureUrisShareOneClientTest extends DynamicUrisTestSupport {

    DynamicTemperatureUrisShareOneClientTest() throws Exception {
    }

    @Override
    String dynamicOptions() {
        return "temperature=0.${header.i}";
    }

    @Test
    void perExchangeTemperaturesShareOneClient() throws Exception {
        runAndCheck("temperature=0.${header.i}",
                n -> json -> json.path("temperature").asDouble() == Double.parseDouble("0." + n));
    }
}
