package io.camelchat.chatcompletion;

/**
 * The oldest Camel the component runs on. Its generated URI factory, built with Camel 4.22's tooling, implements the
 * endpoint URI factory interface of Camel 4.17 and later; on an older Camel the first dynamic endpoint would fail with
 * an AbstractMethodError, so the component refuses to start there with an error that says why.
 */
final class SupportedCamelVersion {

    static final int MIN_MAJOR = 4;
    static final int MIN_MINOR = 17;

    private SupportedCamelVersion() {
    }

    /** Throws when {@code version} (as CamelContext.getVersion() gives it, say 4.14.0) is older than 4.17. */
    static void require(String version) {
        if (version == null) {
            return;
        }
        String[] parts = version.split("[.-]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            if (major < MIN_MAJOR || major == MIN_MAJOR && minor < MIN_MINOR) {
                throw new IllegalStateException("camel-chatcompletion needs Camel " + MIN_MAJOR + "." + MIN_MINOR
                                                + " or later; this CamelContext runs Camel " + version);
            }
        } catch (NumberFormatException unknownScheme) {
            // a version we cannot read: let it run rather than refuse a build we do not know
        }
    }
}
