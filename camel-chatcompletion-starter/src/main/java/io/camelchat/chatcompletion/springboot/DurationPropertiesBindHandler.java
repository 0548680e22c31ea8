package io.camelchat.chatcompletion.springboot;

import org.apache.camel.util.TimeUtils;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

/**
 * Lets the component's millisecond options take durations as Camel and Spring write them ({@code 30s}, {@code 1m30s},
 * {@code PT30S}) as well as plain milliseconds. The generated properties class types them as {@code Long} (as the
 * catalog does), which Spring alone cannot bind from {@code 30s}; this handler steps in only when that binding failed,
 * only under {@code camel.component.chatcompletion}, and keeps the original error when the text is no duration either.
 */
final class DurationPropertiesBindHandler extends AbstractBindHandler {

    static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of("camel.component.chatcompletion");

    DurationPropertiesBindHandler(BindHandler parent) {
        super(parent);
    }

    @Override
    public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Exception error)
            throws Exception {
        ConfigurationProperty property = context.getConfigurationProperty();
        if (PREFIX.isAncestorOf(name) && isLong(target) && property != null && property.getValue() != null) {
            try {
                return TimeUtils.toMilliSeconds(property.getValue().toString().trim());
            } catch (RuntimeException notADuration) {
                error.addSuppressed(notADuration);
            }
        }
        return super.onFailure(name, target, context, error);
    }

    private static boolean isLong(Bindable<?> target) {
        Class<?> type = target.getType().resolve();
        return type == Long.class || type == long.class;
    }
}
