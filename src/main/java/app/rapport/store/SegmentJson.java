package app.rapport.store;

import app.rapport.domain.Mood;
import app.rapport.domain.brief.Phase;
import app.rapport.domain.segment.SegmentCriteria;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * A segment's criteria as stored in segment.definition:
 * <pre>{"version": 1, "phases": ["honeymoon", "honeymoon-at-risk"], "moods": ["happy"], "tags": ["vip"],
 *  "noContactSince": "2026-01-01", "contactedSince": "2025-06-01", "silentForDays": 90, "contactedWithinDays": 30,
 *  "products": ["0193..."], "categories": ["Hair"], "refusalReasons": ["PRICE"], "competitors": ["0193..."],
 *  "minSpent": "100.00", "maxSpent": "500", "ghosted": true}</pre>
 * Only the criteria in use are written, sets in a stable order; phases by their code
 * ({@link Phase#code()}: "honeymoon-at-risk"), read by it or by the enum's name in any case
 * ("HONEYMOON_AT_RISK").
 * Reading is strict: an unknown key or a value of the wrong kind is an IllegalArgumentException
 * that names it.
 */
public final class SegmentJson {
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("version", "phases", "moods", "tags", "noContactSince", "contactedSince",
            "silentForDays", "contactedWithinDays", "products", "categories", "refusalReasons", "competitors", "minSpent",
            "maxSpent", "ghosted");

    private SegmentJson() {
    }

    public static String write(SegmentCriteria c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        strings(root, "phases", c.phases(), Phase::code);
        strings(root, "moods", c.moods(), mood -> mood.name().toLowerCase(Locale.ROOT));
        strings(root, "tags", c.tags(), Function.identity());
        if (c.noContactSince() != null) {
            root.put("noContactSince", c.noContactSince().toString());
        }
        if (c.contactedSince() != null) {
            root.put("contactedSince", c.contactedSince().toString());
        }
        if (c.silentForDays() != null) {
            root.put("silentForDays", c.silentForDays());
        }
        if (c.contactedWithinDays() != null) {
            root.put("contactedWithinDays", c.contactedWithinDays());
        }
        strings(root, "products", c.productIds(), UUID::toString);
        strings(root, "categories", c.categories(), Function.identity());
        strings(root, "refusalReasons", c.refusalReasons(), Function.identity());
        strings(root, "competitors", c.competitorIds(), UUID::toString);
        if (c.minSpent() != null) {
            root.put("minSpent", c.minSpent().toPlainString());
        }
        if (c.maxSpent() != null) {
            root.put("maxSpent", c.maxSpent().toPlainString());
        }
        if (c.ghosted() != null) {
            root.put("ghosted", c.ghosted());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write segment criteria: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> void strings(ObjectNode root, String key, Collection<T> values, Function<T, String> text) {
        if (!values.isEmpty()) {
            ArrayNode array = root.putArray(key);
            new TreeSet<>(values.stream().map(text).toList()).forEach(array::add);
        }
    }

    public static SegmentCriteria read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Segment criteria must be a JSON object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            String key = fields.next().getKey();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("Unknown segment criterion '" + key + "'");
            }
        }
        int version = root.path("version").asInt(VERSION);
        if (version > VERSION) {
            throw new IllegalArgumentException("Segment criteria of version " + version + " need a newer Rapport");
        }
        return new SegmentCriteria(
                set(root, "phases", text -> Phase.fromCode(text).orElseThrow(IllegalArgumentException::new)),
                set(root, "moods", text -> Mood.valueOf(text.toUpperCase(Locale.ROOT))),
                set(root, "tags", Function.identity()),
                day(root, "noContactSince"),
                day(root, "contactedSince"),
                integer(root, "silentForDays"),
                integer(root, "contactedWithinDays"),
                set(root, "products", UUID::fromString),
                set(root, "categories", Function.identity()),
                set(root, "refusalReasons", Function.identity()),
                set(root, "competitors", UUID::fromString),
                amount(root, "minSpent"),
                amount(root, "maxSpent"),
                root.has("ghosted") ? bool(root, "ghosted") : null);
    }

    private static <T> Set<T> set(JsonNode root, String key, Function<String, T> parse) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return Set.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("Segment criterion '" + key + "' must be a list");
        }
        Set<T> values = new LinkedHashSet<>();
        for (JsonNode item : node) {
            try {
                values.add(parse.apply(item.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Segment criterion '" + key + "' has an unknown value '" + item.asText() + "'", e);
            }
        }
        return values;
    }

    private static LocalDate day(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Segment criterion '" + key + "' is not a day (YYYY-MM-DD): '" + node.asText() + "'", e);
        }
    }

    private static Integer integer(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt()) {
            throw new IllegalArgumentException("Segment criterion '" + key + "' must be a whole number of days");
        }
        return node.asInt();
    }

    private static BigDecimal amount(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return new BigDecimal(node.asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Segment criterion '" + key + "' is not an amount: '" + node.asText() + "'", e);
        }
    }

    private static boolean bool(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (!node.isBoolean()) {
            throw new IllegalArgumentException("Segment criterion '" + key + "' must be true or false");
        }
        return node.asBoolean();
    }
}
