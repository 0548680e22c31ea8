package io.camelchat.chatcompletion.springboot;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the starter's tests boot: only auto-configuration, no beans of its own. */
@SpringBootApplication
public class TestApplication {
}
