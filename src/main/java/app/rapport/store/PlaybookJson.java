package app.rapport.store;

import app.rapport.domain.brief.Playbook;
import app.rapport.domain.brief.PlaybookRule;
import app.rapport.domain.brief.RuleRole;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads playbook rules from JSON: {@code {"rules": [{"code", "title", "priority", "enabled", "when": {...},
 * "suggest": {...}}]}}. Conditions and suggestions are kept as plain values for the brief engine,
 * which checks them (and skips, with a warning, a rule it cannot evaluate).
 */
public final class PlaybookJson {
    public static final String DEFAULT_RULES = "/app/rapport/playbook/default-rules.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static volatile Playbook defaults;

    private PlaybookJson() {
    }

    /** The built-in rules shipped with Rapport (read once). */
    public static Playbook defaults() {
        Playbook loaded = defaults;
        if (loaded == null) {
            try (InputStream in = PlaybookJson.class.getResourceAsStream(DEFAULT_RULES)) {
                if (in == null) {
                    throw new IllegalStateException("The default playbook " + DEFAULT_RULES + " is missing from the build");
                }
                loaded = read(MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the default playbook: " + e.getMessage(), e);
            }
            defaults = loaded;
        }
        return loaded;
    }

    /** A short fingerprint of the built-in rules: it changes whenever a release changes what they say. */
    public static String defaultsFingerprint() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(defaults().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The rules in {@code json}; a malformed document is an IllegalArgumentException. */
    public static Playbook parse(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a playbook: " + e.getOriginalMessage(), e);
        }
    }

    /** One rule's conditions or suggestion, as stored in a playbook_rule column. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String json) {
        try {
            return json == null || json.isBlank() ? Map.of() : MAPPER.readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON object: " + e.getOriginalMessage(), e);
        }
    }

    /** A rule's conditions or suggestion as JSON text, indented for reading and editing. */
    public static String write(Map<String, Object> value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value == null ? Map.of() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write as JSON: " + e.getOriginalMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Playbook read(JsonNode root) {
        JsonNode rules = root.isArray() ? root : root.path("rules");
        if (!rules.isArray()) {
            throw new IllegalArgumentException("Not a playbook: expected a list of rules");
        }
        List<PlaybookRule> result = new ArrayList<>();
        for (JsonNode rule : rules) {
            result.add(new PlaybookRule(
                    rule.path("code").asText(null),
                    rule.path("title").asText(""),
                    rule.path("priority").asInt(100),
                    rule.path("enabled").asBoolean(true),
                    role(rule),
                    rule.path("because").asText(null),
                    rule.has("when") ? MAPPER.convertValue(rule.get("when"), LinkedHashMap.class) : Map.of(),
                    rule.has("suggest") ? MAPPER.convertValue(rule.get("suggest"), LinkedHashMap.class) : Map.of()));
        }
        return new Playbook(result);
    }

    private static RuleRole role(JsonNode rule) {
        String role = rule.path("role").asText(RuleRole.COLOUR.code());
        return RuleRole.fromCode(role).orElseThrow(() -> new IllegalArgumentException(
                "Not a playbook: rule " + rule.path("code").asText("(no code)") + " has the role '" + role + "'; expected situation or colour"));
    }
}
