package io.camelchat.chatcompletion.request;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Builds and checks the URL requests go to.
 */
public final class ChatUris {

    private ChatUris() {
    }

    /** {@code baseUrl + chatPath} with exactly one slash between them; fails unless the base URL is http or https. */
    public static URI chatUri(String baseUrl, String chatPath) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl must be set, for example baseUrl=https://api.openai.com");
        }
        URI base;
        try {
            base = new URI(baseUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getMessage(), e);
        }
        String scheme = base.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || base.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an http or https URL with a host, was " + baseUrl);
        }
        String path = chatPath == null ? "" : chatPath.strip();
        String joined = stripTrailingSlash(base.toString())
                        + (path.isEmpty() || path.startsWith("/") ? path : "/" + path);
        return URI.create(joined);
    }

    private static final java.util.regex.Pattern USER_INFO
            = java.util.regex.Pattern.compile("(?i)(//|%2F%2F)[^/?&#]*?(@|%40)");

    /** The text with the user-info of every URL in it (plain or URL-encoded) masked, e.g. https://xxxxxx@host. */
    public static String maskUserInfo(String text) {
        return text == null ? null : USER_INFO.matcher(text).replaceAll("$1xxxxxx$2");
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
