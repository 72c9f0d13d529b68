package app.rapport.store.archive;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientKind;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.PriceLevel;
import app.rapport.domain.Quadrant;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static app.rapport.store.jooq.Tables.AUDIT_LOG;
import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_COMPETITOR;
import static app.rapport.store.jooq.Tables.CLIENT_CUSTOM_FIELD;
import static app.rapport.store.jooq.Tables.CLIENT_EMAIL;
import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static app.rapport.store.jooq.Tables.COMPETITOR;
import static app.rapport.store.jooq.Tables.FOLLOW_UP;
import static app.rapport.store.jooq.Tables.MESSAGE_TEMPLATE;
import static app.rapport.store.jooq.Tables.NOTE;
import static app.rapport.store.jooq.Tables.OPPORTUNITY;
import static app.rapport.store.jooq.Tables.PLAYBOOK_RULE;
import static app.rapport.store.jooq.Tables.POSITIONING_FACTOR;
import static app.rapport.store.jooq.Tables.POSITIONING_RATING;
import static app.rapport.store.jooq.Tables.PRODUCT;
import static app.rapport.store.jooq.Tables.PURCHASE;
import static app.rapport.store.jooq.Tables.REFUSAL_REASON;
import static app.rapport.store.jooq.Tables.SETTING;
import static app.rapport.store.jooq.Tables.SWOT_ITEM;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;

/**
 * One top-level array of the archive and the table behind it. The archive carries every column
 * under its camel-case name, except derived ones (search tokens, phone digits, positions, a
 * client's last touchpoint), which an import computes again. Sections come in {@link #ALL}'s
 * order, which is also the order of the foreign keys: every reference points to an earlier one.
 */
final class Section {
    /** How an import writes a section: new rows only, or store-wide reference data replaced by id. */
    enum Mode { INSERT, REPLACE }

    final String key;
    final String noun;
    final Table<? extends TableRecord<?>> table;
    final Field<?> id;
    final List<Field<?>> fields;
    final Mode mode;
    final Field<String> unique;
    final Map<Field<?>, String> references = new LinkedHashMap<>();
    final Map<Field<?>, Set<String>> choices = new LinkedHashMap<>();

    private Section(String key, String noun, Table<? extends TableRecord<?>> table, Field<?> id, Mode mode,
                    Field<String> unique, Field<?>... left) {
        this.key = key;
        this.noun = noun;
        this.table = table;
        this.id = id;
        this.mode = mode;
        this.unique = unique;
        List<Field<?>> leftOut = List.of(left);
        this.fields = Arrays.stream(table.fields()).filter(f -> !leftOut.contains(f)).collect(Collectors.toList());
    }

    private Section ref(Field<?> field, String sectionKey) {
        references.put(field, sectionKey);
        return this;
    }

    private Section choice(Field<?> field, Class<? extends Enum<?>> type) {
        choices.put(field, Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toUnmodifiableSet()));
        return this;
    }

    private Section choice(Field<?> field, String... values) {
        choices.put(field, Set.of(values));
        return this;
    }

    static final Section REFUSAL_REASONS = new Section("refusalReasons", "refusal reason", REFUSAL_REASON,
            REFUSAL_REASON.CODE, Mode.REPLACE, null);
    static final Section POSITIONING_FACTORS = new Section("positioningFactors", "positioning factor", POSITIONING_FACTOR,
            POSITIONING_FACTOR.ID, Mode.REPLACE, POSITIONING_FACTOR.NAME);
    static final Section SETTINGS = new Section("settings", "setting", SETTING, SETTING.NAME, Mode.REPLACE, null);
    static final Section PRODUCTS = new Section("products", "product", PRODUCT, PRODUCT.ID, Mode.INSERT, null)
            .choice(PRODUCT.COMPLEXITY, Complexity.class);
    static final Section COMPETITORS = new Section("competitors", "competitor", COMPETITOR, COMPETITOR.ID, Mode.INSERT, null)
            .choice(COMPETITOR.PRICE_LEVEL, PriceLevel.class);
    static final Section CLIENTS = new Section("clients", "client", CLIENT, CLIENT.ID, Mode.INSERT, null, CLIENT.LAST_TOUCHPOINT_AT)
            .choice(CLIENT.KIND, ClientKind.class).choice(CLIENT.PREFERRED_CHANNEL, Channel.class);
    static final Section TOUCHPOINTS = new Section("touchpoints", "touchpoint", TOUCHPOINT, TOUCHPOINT.ID, Mode.INSERT, null)
            .ref(TOUCHPOINT.CLIENT_ID, "clients").choice(TOUCHPOINT.CHANNEL, Channel.class)
            .choice(TOUCHPOINT.DIRECTION, Direction.class).choice(TOUCHPOINT.MOOD, Mood.class);
    static final Section NOTES = new Section("notes", "note", NOTE, NOTE.ID, Mode.INSERT, null).ref(NOTE.CLIENT_ID, "clients");
    static final Section PURCHASES = new Section("purchases", "purchase", PURCHASE, PURCHASE.ID, Mode.INSERT, null)
            .ref(PURCHASE.CLIENT_ID, "clients").ref(PURCHASE.PRODUCT_ID, "products");
    static final Section OPPORTUNITIES = new Section("opportunities", "opportunity", OPPORTUNITY, OPPORTUNITY.ID, Mode.INSERT, null)
            .ref(OPPORTUNITY.CLIENT_ID, "clients").ref(OPPORTUNITY.PRODUCT_ID, "products")
            .ref(OPPORTUNITY.REASON_CODE, "refusalReasons").ref(OPPORTUNITY.TOUCHPOINT_ID, "touchpoints")
            .choice(OPPORTUNITY.KIND, OpportunityKind.class).choice(OPPORTUNITY.STATUS, OpportunityStatus.class);
    static final Section FOLLOW_UPS = new Section("followUps", "follow-up", FOLLOW_UP, FOLLOW_UP.ID, Mode.INSERT, null)
            .ref(FOLLOW_UP.CLIENT_ID, "clients").ref(FOLLOW_UP.SOURCE_TOUCHPOINT, "touchpoints")
            .ref(FOLLOW_UP.CLOSED_BY, "touchpoints");
    static final Section COMPETITOR_LINKS = new Section("competitorLinks", "client-competitor link", CLIENT_COMPETITOR,
            CLIENT_COMPETITOR.ID, Mode.INSERT, null)
            .ref(CLIENT_COMPETITOR.CLIENT_ID, "clients").ref(CLIENT_COMPETITOR.COMPETITOR_ID, "competitors")
            .choice(CLIENT_COMPETITOR.RELATION, CompetitorRelation.class);
    static final Section SWOT_ITEMS = new Section("swotItems", "SWOT item", SWOT_ITEM, SWOT_ITEM.ID, Mode.INSERT, null)
            .ref(SWOT_ITEM.COMPETITOR_ID, "competitors").ref(SWOT_ITEM.CLIENT_ID, "clients")
            .choice(SWOT_ITEM.QUADRANT, Quadrant.class);
    static final Section POSITIONING_RATINGS = new Section("positioningRatings", "positioning rating", POSITIONING_RATING,
            POSITIONING_RATING.ID, Mode.INSERT, null)
            .ref(POSITIONING_RATING.FACTOR_ID, "positioningFactors").ref(POSITIONING_RATING.COMPETITOR_ID, "competitors")
            .choice(POSITIONING_RATING.RATING, "1", "2", "3", "4", "5");
    static final Section MESSAGE_TEMPLATES = new Section("messageTemplates", "message template", MESSAGE_TEMPLATE,
            MESSAGE_TEMPLATE.ID, Mode.INSERT, MESSAGE_TEMPLATE.NAME).choice(MESSAGE_TEMPLATE.CHANNEL, "EMAIL", "MESSAGE");
    static final Section SEGMENTS = new Section("segments", "segment", app.rapport.store.jooq.Tables.SEGMENT,
            app.rapport.store.jooq.Tables.SEGMENT.ID, Mode.INSERT, app.rapport.store.jooq.Tables.SEGMENT.NAME);
    static final Section PLAYBOOK_RULES = new Section("playbookRules", "playbook rule", PLAYBOOK_RULE, PLAYBOOK_RULE.ID,
            Mode.INSERT, PLAYBOOK_RULE.CODE);
    static final Section AUDIT_LOG_ENTRIES = new Section("auditLog", "audit log entry", AUDIT_LOG, AUDIT_LOG.ID, Mode.INSERT, null);

    static final Section PEOPLE = new Section("people", "person", app.rapport.store.jooq.Tables.PERSON,
            app.rapport.store.jooq.Tables.PERSON.ID, Mode.INSERT, app.rapport.store.jooq.Tables.PERSON.NAME_KEY);

    static final List<Section> ALL = List.of(PEOPLE, REFUSAL_REASONS, POSITIONING_FACTORS, SETTINGS, PRODUCTS, COMPETITORS, CLIENTS,
            TOUCHPOINTS, NOTES, PURCHASES, OPPORTUNITIES, FOLLOW_UPS, COMPETITOR_LINKS, SWOT_ITEMS, POSITIONING_RATINGS,
            MESSAGE_TEMPLATES, SEGMENTS, PLAYBOOK_RULES, AUDIT_LOG_ENTRIES);

    /** A client's phones, emails and custom fields, nested in the client; the client id and position are implied. */
    static final List<Field<?>> PHONE_FIELDS = List.of(CLIENT_PHONE.ID, CLIENT_PHONE.LABEL, CLIENT_PHONE.NUMBER);
    static final List<Field<?>> EMAIL_FIELDS = List.of(CLIENT_EMAIL.ID, CLIENT_EMAIL.LABEL, CLIENT_EMAIL.ADDRESS);
    static final List<Field<?>> CUSTOM_FIELD_FIELDS = List.of(CLIENT_CUSTOM_FIELD.NAME, CLIENT_CUSTOM_FIELD.FIELD_VALUE);

    static Section byKey(String key) {
        return ALL.stream().filter(s -> s.key.equals(key)).findFirst().orElse(null);
    }

    int order() {
        return ALL.indexOf(this);
    }

    /** The JSON name of a column: camel case, and "value" for the value columns of name/value tables. */
    static String jsonName(Field<?> field) {
        String column = field.getName().toLowerCase(Locale.ROOT);
        if (column.equals("field_value") || column.equals("setting_value")) {
            return "value";
        }
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
