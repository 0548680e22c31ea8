package io.camelchat.chatcompletion.hardening;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Repeating units the hostile servers write forever. */
final class HostileBodies {

    private HostileBodies() {
    }

    /** {@code size} bytes of the letter a. */
    static byte[] letters(int size) {
        byte[] unit = new byte[size];
        Arrays.fill(unit, (byte) 'a');
        return unit;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a chat.completion whose content string never ends. */
    static String openJsonAnswer() {
        return "{\"id\":\"chatcmpl-endless\",\"object\":\"chat.completion\",\"model\":\"gpt-4o-mini\","
               + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"";
    }
}
