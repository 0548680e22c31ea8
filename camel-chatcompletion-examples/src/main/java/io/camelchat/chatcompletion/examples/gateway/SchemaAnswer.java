package io.camelchat.chatcompletion.examples.gateway;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The gateway's deterministic structured answer: JSON that fits the schema the request asks for, read from
 * {@code response_format.json_schema.schema} (native mode) or from the system message after the component's
 * prompt-mode instruction ({@code "...conforms to this JSON schema:"} followed by the schema). Values come from the
 * prompt: a sentiment enum from the prompt's star rating ({@code N-star}), a score from it within the schema's bounds,
 * a summary from the prompt's first words, topics from its longer words; other types get fixed values.
 */
final class SchemaAnswer {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PROMPT_MARKER = "JSON schema:";
    private static final Pattern FAULT_MARKER = Pattern.compile("\\[fault:[^\\]]*]");
    private static final Pattern STARS = Pattern.compile("(\\d)-star");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaAnswer() {
    }

    /** The schema the request asks the answer to fit, or null when it asks for none. */
    static JsonNode schemaOf(JsonNode request) {
        JsonNode native_ = request.path("response_format").path("json_schema").get("schema");
        if (native_ != null && native_.isObject()) {
            return native_;
        }
        for (JsonNode message : request.path("messages")) {
            String content = message.path("content").asText("");
            int marker = content.indexOf(PROMPT_MARKER);
            if ("system".equals(message.path("role").asText()) && marker >= 0) {
                try {
                    return MAPPER.readTree(content.substring(marker + PROMPT_MARKER.length()).strip());
                } catch (Exception notJson) {
                    return null;
                }
            }
        }
        return null;
    }

    /** JSON text that fits the schema, with values taken from the prompt. */
    static String answer(JsonNode schema, String prompt) {
        // fault markers script the gateway; they are not part of what the answer is about
        return value(schema, schema, "", FAULT_MARKER.matcher(prompt).replaceAll("").strip()).toString();
    }

    private static JsonNode value(JsonNode root, JsonNode schema, String name, String prompt) {
        JsonNode resolved = resolve(root, schema);
        JsonNode values = resolved.get("enum");
        if (values != null && values.isArray() && !values.isEmpty()) {
            return pick(values, prompt);
        }
        String type = resolved.path("type").isArray() ? resolved.path("type").get(0).asText()
                : resolved.path("type").asText("object");
        return switch (type) {
            case "object" -> object(root, resolved, prompt);
            case "array" -> array(root, resolved, name, prompt);
            case "integer" -> NODES.numberNode(score(resolved, prompt));
            case "number" -> NODES.numberNode((double) score(resolved, prompt));
            case "boolean" -> NODES.booleanNode(true);
            case "null" -> NODES.nullNode();
            default -> NODES.textNode(summary(prompt));
        };
    }

    private static ObjectNode object(JsonNode root, JsonNode schema, String prompt) {
        ObjectNode object = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            object.set(property.getKey(), value(root, property.getValue(), property.getKey(), prompt));
        }
        return object;
    }

    private static ArrayNode array(JsonNode root, JsonNode schema, String name, String prompt) {
        ArrayNode array = NODES.arrayNode();
        int max = schema.path("maxItems").asInt(3);
        JsonNode items = schema.path("items");
        if (resolve(root, items).path("type").asText("string").equals("string")
                && !resolve(root, items).has("enum")) {
            topics(prompt).stream().limit(max).forEach(array::add);
        } else {
            array.add(value(root, items, name, prompt));
        }
        return array;
    }

    /** A {@code $ref} to {@code #/$defs/...} or {@code #/definitions/...} is followed; anything else is as it is. */
    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.asText().startsWith("#/")) {
            return resolve(root, root.at(ref.asText().substring(1)));
        }
        return schema;
    }

    /** Sentiment-like enums follow the star rating; other enums take their first value. */
    private static JsonNode pick(JsonNode values, String prompt) {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(v.asText()));
        int stars = stars(prompt);
        if (stars > 0 && texts.containsAll(List.of("positive", "negative", "neutral"))) {
            return NODES.textNode(stars >= 4 ? "positive" : stars <= 2 ? "negative" : "neutral");
        }
        return values.get(0);
    }

    private static int score(JsonNode schema, String prompt) {
        int min = schema.path("minimum").asInt(1);
        int max = schema.path("maximum").asInt(5);
        int stars = stars(prompt);
        return Math.max(min, Math.min(max, stars > 0 ? stars : min));
    }

    private static int stars(String prompt) {
        Matcher matcher = STARS.matcher(prompt);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** The text after the prompt's last colon (the review), at most twelve words. */
    private static String summary(String prompt) {
        String text = prompt.substring(prompt.lastIndexOf(':') + 1).strip();
        String[] words = text.split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(12, words.length)));
    }

    private static List<String> topics(String prompt) {
        List<String> topics = new ArrayList<>();
        for (String word : summary(prompt).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.length() > 5 && !topics.contains(word)) {
                topics.add(word);
            }
        }
        return topics;
    }
}
