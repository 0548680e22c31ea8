package io.camelchat.chatcompletion.structured;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Module;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import io.camelchat.chatcompletion.json.Json;

/**
 * Derives the JSON schema of a Java type (records, POJOs, enums, lists, nested types, Jackson annotations, and Bean
 * Validation annotations when jakarta.validation and victools' jakarta module are on the classpath) in the shape
 * OpenAI's strict mode requires: every property required, {@code additionalProperties: false} on every object, no
 * {@code $schema} keyword.
 */
public final class SchemaDerivation {

    private static final String JAKARTA_MODULE
            = "com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule";
    private static final SchemaGenerator GENERATOR = new SchemaGenerator(config());

    private SchemaDerivation() {
    }

    /** The strict-mode schema of this type. */
    public static ObjectNode derive(Class<?> type) {
        return GENERATOR.generateSchema(type);
    }

    private static com.github.victools.jsonschema.generator.SchemaGeneratorConfig config() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(
                Json.MAPPER, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(Option.FLATTENED_ENUMS_FROM_TOSTRING)
                .without(Option.SCHEMA_VERSION_INDICATOR)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE, JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY));
        Module jakarta = jakartaModule();
        if (jakarta != null) {
            builder.with(jakarta);
        }
        // OpenAI strict mode: every property is required (an optional value is a nullable one)
        builder.forFields().withRequiredCheck(field -> true);
        return builder.build();
    }

    /** victools' Bean Validation module, when it and jakarta.validation are both on the classpath; otherwise null. */
    private static Module jakartaModule() {
        try {
            Class.forName("jakarta.validation.constraints.NotNull", false, SchemaDerivation.class.getClassLoader());
            Class.forName(JAKARTA_MODULE, false, SchemaDerivation.class.getClassLoader());
            return JakartaValidationSupport.module();
        } catch (ClassNotFoundException | LinkageError absent) {
            return null;
        }
    }
}
