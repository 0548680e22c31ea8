package io.camelchat.chatcompletion.structured;

import com.github.victools.jsonschema.generator.Module;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;

/**
 * victools' Bean Validation module; loaded only after {@link SchemaDerivation} found jakarta.validation and the module
 * (an optional dependency) on the classpath.
 */
final class JakartaValidationSupport {

    private JakartaValidationSupport() {
    }

    static Module module() {
        return new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS);
    }
}
