package app.rapport.store.archive;

import app.rapport.domain.Address;
import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientKind;
import app.rapport.domain.ClientValidation;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.SearchTokens;
import app.rapport.store.PhoneRows;
import app.rapport.store.BulkLoader;
import app.rapport.store.jooq.tables.records.ClientEmailRecord;
import app.rapport.store.jooq.tables.records.ClientPhoneRecord;
import app.rapport.store.jooq.tables.records.ClientRecord;
import app.rapport.store.jooq.tables.records.ClientTagRecord;
import app.rapport.store.jooq.tables.records.ClientCustomFieldRecord;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_CUSTOM_FIELD;
import static app.rapport.store.jooq.Tables.CLIENT_EMAIL;
import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static app.rapport.store.jooq.Tables.CLIENT_TAG;
import static app.rapport.store.jooq.Tables.POSITIONING_FACTOR;
import static app.rapport.store.jooq.Tables.REFUSAL_REASON;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;

/**
 * Reads an archive written by {@link ArchiveWriter} into a store, all or nothing. The file is
 * streamed three times at most, one record in memory at a time: once to check every record
 * (fields, choices, references, dates; every reference points to an earlier section), then the
 * store is asked which ids it already has, and only when nothing is wrong is it read again and
 * written with a {@link BulkLoader}. Derived data is computed again: phone digits, positions,
 * each client's search tokens and last touchpoint. Refusal reasons, positioning factors and
 * settings describe the store itself (every new store has the defaults), so the archive's
 * replace them by key; everything else must be new to the store.
 * <p>
 * Memory: the ids of the archive's records (to check references and duplicates; compactly, see
 * {@link RecordIds}) and each client's last touchpoint are kept, not the records, and the writing
 * pass hands the store one batch at a time ({@link BulkLoader}, which also writes the change log
 * as it goes), so a 100,000-client book imports within a 512 MB heap.
 */
public final class ArchiveReader {
    public static final int MAX_PROBLEMS_KEPT = 1_000;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 1, 1);

    private final Path file;
    private final Instant now;
    private Problems problems = new Problems();
    private final Map<String, RecordIds> ids = new HashMap<>();
    private final Map<String, Map<String, Integer>> uniqueValues = new HashMap<>();
    /** The ids of clients' phones and emails, each with the index of its client. */
    private final RecordIds contactIds = new RecordIds();
    private final Map<UUID, Instant> lastTouchpoint = new HashMap<>();
    private final Set<Object> storeReasonCodes = new HashSet<>();
    private final Set<Object> storeFactorIds = new HashSet<>();
    private String format;
    private Integer version;
    private boolean sawVersion;
    private boolean sawExportedAt;
    /** The region stored numbers are read in: the store's, or the archive's own once its settings are written. */
    private String phoneRegion;

    /** How many records the archive holds, counted as an export counts them (a client with its phones and emails is one). */
    private long recordsRead;

    public ArchiveReader(Path file, Instant now) {
        this.file = file;
        this.now = now;
    }

    /**
     * Checks the archive against the store and writes it, inside the caller's transaction.
     * Returns how many records of each section were imported.
     *
     * @throws ArchiveRejectedException when anything is wrong; nothing has been written then
     */
    public Map<String, Long> importInto(DSLContext dsl) {
        storeReasonCodes.addAll(dsl.select(REFUSAL_REASON.CODE).from(REFUSAL_REASON).fetch(REFUSAL_REASON.CODE));
        storeFactorIds.addAll(dsl.select(POSITIONING_FACTOR.ID).from(POSITIONING_FACTOR).fetch(POSITIONING_FACTOR.ID));
        scan(this::check);
        reportRepeatedIds();
        checkHeader();
        if (problems.total > 0) {
            throw new ArchiveRejectedException(ArchiveRejectedException.Reason.INVALID, problems.kept, problems.total, recordsRead);
        }
        findConflicts(dsl);
        if (problems.total > 0) {
            throw new ArchiveRejectedException(ArchiveRejectedException.Reason.CONFLICTS, problems.kept, problems.total, recordsRead);
        }
        return write(dsl);
    }

    // ---- reading --------------------------------------------------------------------------

    private interface RecordVisitor {
        void visit(Section section, int index, JsonNode node, String path);
    }

    private void scan(RecordVisitor visitor) {
        try (JsonParser json = MAPPER.getFactory().createParser(file.toFile())) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                problem("$", "not a JSON object; a Rapport archive starts with {");
                return;
            }
            int last = -1;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken token = json.nextToken();
                switch (name) {
                    case "format" -> format = token == JsonToken.VALUE_STRING ? json.getText() : String.valueOf(json.getText());
                    case "version" -> {
                        sawVersion = true;
                        version = token == JsonToken.VALUE_NUMBER_INT ? json.getIntValue() : null;
                    }
                    case "exportedAt" -> {
                        sawExportedAt = true;
                        instant(MAPPER.readTree(json), "exportedAt");
                    }
                    default -> {
                        Section section = Section.byKey(name);
                        if (section == null) {
                            problem(name, "not a section of a Rapport archive");
                            json.skipChildren();
                        } else if (section.order() <= last) {
                            problem(name, "must come before " + Section.ALL.get(last).key + " (sections keep the order of an export)");
                            json.skipChildren();
                        } else if (token != JsonToken.START_ARRAY) {
                            last = section.order();
                            problem(name, "must be an array");
                            json.skipChildren();
                        } else {
                            last = section.order();
                            int index = 0;
                            while (json.nextToken() != JsonToken.END_ARRAY) {
                                String path = name + "[" + index + "]";
                                JsonNode node = MAPPER.readTree(json);
                                if (node.isObject()) {
                                    visitor.visit(section, index, node, path);
                                } else {
                                    problem(path, "must be an object");
                                }
                                index++;
                            }
                        }
                    }
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problem(at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private void checkHeader() {
        List<ArchiveProblem> header = new ArrayList<>();
        if (!ArchiveWriter.FORMAT.equals(format)) {
            header.add(new ArchiveProblem("format", format == null
                    ? "missing: this is not a Rapport archive (it has no \"format\": \"" + ArchiveWriter.FORMAT + "\")"
                    : "'" + format + "' is not a Rapport archive (expected '" + ArchiveWriter.FORMAT + "')"));
        } else if (!sawVersion || version == null) {
            header.add(new ArchiveProblem("version", sawVersion ? "must be a whole number" : "missing"));
        } else if (version != ArchiveWriter.VERSION) {
            header.add(new ArchiveProblem("version", "version " + version + " is not supported; this Rapport reads version "
                    + ArchiveWriter.VERSION + (version > ArchiveWriter.VERSION ? " (the archive comes from a newer Rapport)" : "")));
        }
        if (!header.isEmpty()) {
            // Not an archive we understand: the rest would only be noise.
            problems = new Problems();
            header.forEach(p -> problem(p.path(), p.message()));
        } else if (!sawExportedAt) {
            problem("exportedAt", "missing");
        }
    }

    // ---- checking ---------------------------------------------------------------------------

    private void check(Section section, int index, JsonNode node, String path) {
        recordsRead++;
        TableRecord<?> row = toRecord(section.table, section.fields, node, path);
        Object id = row.get(section.id);
        if (id != null) {
            int earlier = ids.computeIfAbsent(section.key, k -> new RecordIds()).add(id, index);
            if (earlier >= 0) {
                problem(path + "." + Section.jsonName(section.id), "the same " + Section.jsonName(section.id) + " as "
                        + section.key + "[" + earlier + "]: " + id);
            }
        }
        if (section.unique != null) {
            String value = row.get(section.unique);
            if (value != null) {
                Integer earlier = uniqueValues.computeIfAbsent(section.key, k -> new LinkedHashMap<>()).putIfAbsent(value, index);
                if (earlier != null) {
                    problem(path + "." + Section.jsonName(section.unique), "the same " + Section.jsonName(section.unique) + " as "
                            + section.key + "[" + earlier + "]: '" + value + "'");
                }
            }
        }
        section.choices.forEach((field, allowed) -> {
            Object value = row.get(field);
            if (value != null && !allowed.contains(value.toString())) {
                problem(path + "." + Section.jsonName(field), "must be one of " + String.join(", ", new TreeSet<>(allowed))
                        + ", not '" + value + "'");
            }
        });
        section.references.forEach((field, target) -> {
            Object value = row.get(field);
            if (value != null && !known(target, value)) {
                problem(path + "." + Section.jsonName(field), "no " + Section.byKey(target).noun + " with id " + value
                        + " in the archive");
            }
        });
        if (section == Section.CLIENTS) {
            LocalDate birthday = row.get(CLIENT.BIRTHDAY);
            if (birthday != null && birthday.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))) {
                problem(path + ".birthday", "in the future: " + birthday);
            }
            clientParts((ClientRecord) row, node, path, index);
        } else if (section == Section.TOUCHPOINTS && row.get(TOUCHPOINT.DELETED_AT) == null) {
            UUID client = row.get(TOUCHPOINT.CLIENT_ID);
            Instant at = row.get(TOUCHPOINT.OCCURRED_AT);
            if (client != null && at != null) {
                lastTouchpoint.merge(client, at, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
    }

    /** Ids read twice (UUIDs are found all at once, after reading: see {@link RecordIds}). */
    private void reportRepeatedIds() {
        for (Section section : Section.ALL) {
            RecordIds read = ids.get(section.key);
            if (read != null) {
                for (RecordIds.Repeat repeat : read.repeats()) {
                    problem(section.key + "[" + repeat.again() + "]." + Section.jsonName(section.id), "the same "
                            + Section.jsonName(section.id) + " as " + section.key + "[" + repeat.first() + "]: " + repeat.id());
                }
            }
        }
        for (RecordIds.Repeat repeat : contactIds.repeats()) {
            problem("clients[" + repeat.again() + "]", "a phone or email with the same id as one of clients[" + repeat.first() + "]: "
                    + repeat.id());
        }
    }

    private boolean known(String sectionKey, Object id) {
        RecordIds inArchive = ids.get(sectionKey);
        if (inArchive != null && inArchive.contains(id)) {
            return true;
        }
        return switch (sectionKey) {
            case "refusalReasons" -> storeReasonCodes.contains(id);
            case "positioningFactors" -> storeFactorIds.contains(id);
            default -> false;
        };
    }

    /**
     * The client's phones, emails, tags and custom fields as rows, and the client itself for its
     * search tokens; when {@code checkingIndex} is the client's index in the archive, only checks them.
     */
    private ClientParts clientParts(ClientRecord client, JsonNode node, String path, int checkingIndex) {
        boolean checking = checkingIndex >= 0;
        UUID clientId = client.getId();
        List<TableRecord<?>> rows = new ArrayList<>();
        List<ContactPoint> phones = new ArrayList<>();
        List<ContactPoint> emails = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Map<String, String> customFields = new LinkedHashMap<>();
        List<JsonNode> items = array(node, "phones", path);
        for (int i = 0; i < items.size(); i++) {
            String at = path + ".phones[" + i + "]";
            ClientPhoneRecord phone = (ClientPhoneRecord) toRecord(CLIENT_PHONE, Section.PHONE_FIELDS, items.get(i), at);
            phone.setClientId(clientId);
            phone.setPosition(i);
            phone.setDigits(phone.getNumber() == null ? null : SearchTokens.digitsOf(phone.getNumber()));
            phone.setE164(phone.getNumber() == null || checking ? null : PhoneNumbers.e164(phone.getNumber(), phoneRegion).orElse(null));
            if (checking && phone.getId() != null) {
                contactIds.add(phone.getId(), checkingIndex);
            }
            if (phone.getNumber() != null) {
                phones.add(new ContactPoint(phone.getLabel(), phone.getNumber()));
            }
            rows.add(phone);
        }
        items = array(node, "emails", path);
        for (int i = 0; i < items.size(); i++) {
            String at = path + ".emails[" + i + "]";
            ClientEmailRecord email = (ClientEmailRecord) toRecord(CLIENT_EMAIL, Section.EMAIL_FIELDS, items.get(i), at);
            email.setClientId(clientId);
            email.setPosition(i);
            if (checking) {
                if (email.getId() != null) {
                    contactIds.add(email.getId(), checkingIndex);
                }
                if (email.getAddress() != null && !ClientValidation.looksLikeEmail(email.getAddress())) {
                    problem(at, "not an email address: '" + email.getAddress() + "'");
                }
            }
            if (email.getAddress() != null) {
                emails.add(new ContactPoint(email.getLabel(), email.getAddress()));
            }
            rows.add(email);
        }
        items = array(node, "tags", path);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = path + ".tags[" + i + "]";
            String tag = (String) value(CLIENT_TAG.TAG, items.get(i), at);
            if (tag == null) {
                continue;
            }
            if (checking && tag.isBlank()) {
                problem(at, "an empty tag");
            } else if (checking && !seen.add(tag)) {
                problem(at, "the tag '" + tag + "' is already given");
            }
            tags.add(tag);
            rows.add(new ClientTagRecord(clientId, tag));
        }
        items = array(node, "customFields", path);
        for (int i = 0; i < items.size(); i++) {
            String at = path + ".customFields[" + i + "]";
            ClientCustomFieldRecord field = (ClientCustomFieldRecord) toRecord(CLIENT_CUSTOM_FIELD, Section.CUSTOM_FIELD_FIELDS,
                    items.get(i), at);
            field.setClientId(clientId);
            field.setPosition(i);
            if (field.getName() != null && customFields.putIfAbsent(field.getName(), field.getFieldValue()) != null && checking) {
                problem(at + ".name", "the custom field '" + field.getName() + "' is already given");
            }
            rows.add(field);
        }
        if (checking) {
            return null;
        }
        Client domain = new Client(clientId, ClientKind.valueOf(client.getKind()), client.getFirstName(), client.getLastName(),
                client.getDisplayName(), client.getCompanyName(), client.getAddressAs(), phones, emails,
                new Address(client.getStreet(), client.getPostalCode(), client.getCity(), client.getRegion(), client.getCountry()),
                client.getBirthday(), client.getSource(),
                client.getPreferredChannel() == null ? null : Channel.valueOf(client.getPreferredChannel()),
                tags, customFields, client.getCreatedAt(), client.getUpdatedAt(), client.getLastTouchpointAt());
        return new ClientParts(rows, domain);
    }

    private record ClientParts(List<TableRecord<?>> rows, Client client) {
    }

    private List<JsonNode> array(JsonNode node, String name, String path) {
        JsonNode items = node.get(name);
        List<JsonNode> list = new ArrayList<>();
        if (items == null || items.isNull()) {
            return list;
        }
        if (!items.isArray()) {
            problem(path + "." + name, "must be an array");
            return list;
        }
        items.forEach(list::add);
        return list;
    }

    // ---- fields -----------------------------------------------------------------------------

    private TableRecord<?> toRecord(Table<? extends TableRecord<?>> table, List<Field<?>> fields, JsonNode node, String path) {
        TableRecord<?> row = table.newRecord();
        if (!node.isObject()) {
            problem(path, "must be an object");
            return row;
        }
        for (Field<?> field : fields) {
            String name = Section.jsonName(field);
            JsonNode value = node.get(name);
            if ((value == null || value.isNull()) && field.getDataType().defaulted() && !field.getDataType().nullable()) {
                set(row, field, defaultOf(field)); // an archive from before the column existed: the column's default stands
                continue;
            }
            set(row, field, value(field, value, path + "." + name));
        }
        return row;
    }

    /** A column's default as a value ('colour', TRUE, 0), read from the schema jOOQ was generated from. */
    private static Object defaultOf(Field<?> field) {
        String sql = String.valueOf(field.getDataType().defaultValue()).strip();
        String literal = sql.length() >= 2 && sql.startsWith("'") && sql.endsWith("'") ? sql.substring(1, sql.length() - 1).replace("''", "'") : sql;
        return field.getDataType().convert(literal);
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(TableRecord<?> row, Field<T> field, Object value) {
        row.set(field, (T) value);
    }

    private Object value(Field<?> field, JsonNode node, String path) {
        if (node == null || node.isNull()) {
            if (!field.getDataType().nullable()) {
                problem(path, "required");
            }
            return null;
        }
        Class<?> type = field.getType();
        if (type == String.class) {
            if (!node.isTextual()) {
                problem(path, "must be a string");
                return null;
            }
            String text = node.textValue();
            int length = field.getDataType().length();
            if (length > 0 && text.length() > length) {
                problem(path, "too long: " + text.length() + " characters, at most " + length);
            }
            return text;
        }
        if (type == UUID.class) {
            if (!node.isTextual() || !UUID_TEXT.matcher(node.textValue()).matches()) {
                problem(path, "not a UUID: " + node);
                return null;
            }
            return UUID.fromString(node.textValue());
        }
        if (type == Instant.class) {
            return instant(node, path);
        }
        if (type == LocalDate.class) {
            try {
                LocalDate date = LocalDate.parse(node.textValue() == null ? node.toString() : node.textValue());
                if (date.isBefore(EARLIEST) || !date.isBefore(LATEST)) {
                    problem(path, "an impossible date: " + date);
                }
                return date;
            } catch (DateTimeParseException e) {
                problem(path, "not a date (YYYY-MM-DD) or no such day: " + node);
                return null;
            }
        }
        if (type == Integer.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                problem(path, "must be a whole number, not " + node);
                return null;
            }
            return node.intValue();
        }
        if (type == Boolean.class) {
            if (!node.isBoolean()) {
                problem(path, "must be true or false, not " + node);
                return null;
            }
            return node.booleanValue();
        }
        if (type == BigDecimal.class) {
            if (!node.isNumber()) {
                problem(path, "must be a number, not " + node);
                return null;
            }
            BigDecimal number = node.decimalValue();
            int scale = field.getDataType().scale();
            int precision = field.getDataType().precision();
            if (number.scale() > scale || number.precision() - number.scale() > precision - scale) {
                problem(path, "does not fit " + precision + " digits with " + scale + " decimals: " + number.toPlainString());
            }
            return number;
        }
        throw new IllegalStateException("No JSON form for " + field + " of type " + type.getName());
    }

    private Instant instant(JsonNode node, String path) {
        try {
            Instant instant = OffsetDateTime.parse(node.textValue() == null ? node.toString() : node.textValue()).toInstant();
            LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
            if (day.isBefore(EARLIEST) || !day.isBefore(LATEST)) {
                problem(path, "an impossible date: " + instant);
            }
            return instant;
        } catch (DateTimeParseException e) {
            problem(path, "not an ISO-8601 instant (like 2024-05-31T14:30:00Z) or no such time: " + node);
            return null;
        }
    }

    // ---- the store --------------------------------------------------------------------------

    private static final int CHUNK = 1_000;

    @SuppressWarnings("unchecked")
    private void findConflicts(DSLContext dsl) {
        // A record is counted once however many of its parts clash (its id, a unique name, its
        // phones and emails), so the count matches the records an export reports.
        Set<String> clashing = new HashSet<>();
        for (Section section : Section.ALL) {
            RecordIds inArchive = ids.getOrDefault(section.key, new RecordIds());
            if (section.mode == Section.Mode.INSERT) {
                Field<Object> id = (Field<Object>) section.id;
                inArchive.forEachChunk(CHUNK, chunk -> {
                    for (Object existing : dsl.select(id).from(section.table).where(id.in(chunk)).fetch(id)) {
                        clash(clashing, section.key + "[" + inArchive.indexOf(existing) + "]", "", "a " + section.noun + " with id " + existing
                                + " is already in the store");
                    }
                });
            }
            if (section.unique != null) {
                Map<String, Integer> values = uniqueValues.getOrDefault(section.key, Map.of());
                Field<Object> id = (Field<Object>) section.id;
                for (List<String> chunk : chunks(values.keySet())) {
                    for (Record2<Object, String> existing : dsl.select(id, section.unique).from(section.table)
                            .where(section.unique.in(chunk)).fetch()) {
                        Integer index = values.get(existing.value2());
                        if (!inArchive.contains(existing.value1())) {
                            clash(clashing, section.key + "[" + index + "]", "." + Section.jsonName(section.unique), "a " + section.noun
                                    + " '" + existing.value2() + "' is already in the store, with another id");
                        }
                    }
                }
            }
        }
        for (TableField<?, UUID> id : List.of(CLIENT_PHONE.ID, CLIENT_EMAIL.ID)) {
            contactIds.forEachChunk(CHUNK, chunk -> {
                for (UUID existing : dsl.select(id).from(id.getTable()).where(id.in(chunk.stream().map(UUID.class::cast).toList()))
                        .fetch(id)) {
                    clash(clashing, "clients[" + contactIds.indexOf(existing) + "]", "", "a phone or email with id " + existing
                            + " is already in the store");
                }
            });
        }
    }

    private void clash(Set<String> clashing, String record, String field, String message) {
        if (clashing.add(record)) {
            problem(record + field, message);
        }
    }

    private static <T> List<List<T>> chunks(Set<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> chunk = new ArrayList<>(CHUNK);
        for (T value : values) {
            chunk.add(value);
            if (chunk.size() == CHUNK) {
                chunks.add(chunk);
                chunk = new ArrayList<>(CHUNK);
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    private Map<String, Long> write(DSLContext dsl) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Section.ALL.forEach(section -> counts.put(section.key, 0L));
        BulkLoader loader = new BulkLoader(dsl, now);
        scan((section, index, node, path) -> {
            TableRecord<?> row = toRecord(section.table, section.fields, node, path);
            if (section.mode == Section.Mode.REPLACE) {
                replace(dsl, section, row);
            } else if (section == Section.CLIENTS) {
                if (phoneRegion == null) {
                    phoneRegion = new PhoneRows(dsl).region();
                }
                ClientRecord client = (ClientRecord) row;
                client.setLastTouchpointAt(lastTouchpoint.get(client.getId()));
                ClientParts parts = clientParts(client, node, path, -1);
                loader.row(client);
                parts.rows().forEach(loader::row);
            } else {
                loader.row(row);
            }
            counts.merge(section.key, 1L, Long::sum);
        });
        if (problems.total > 0) {
            throw new IllegalStateException("The archive changed while it was being imported: " + problems.kept.get(0));
        }
        loader.flush();
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static void replace(DSLContext dsl, Section section, TableRecord<?> row) {
        Field<Object> id = (Field<Object>) section.id;
        if (dsl.update(section.table).set(row).where(id.eq(row.get(id))).execute() == 0) {
            dsl.insertInto(section.table).set(row).execute();
        }
    }

    private void problem(String path, String message) {
        problems.add(new ArchiveProblem(path, message));
    }

    private static final class Problems {
        final List<ArchiveProblem> kept = new ArrayList<>();
        long total;

        void add(ArchiveProblem problem) {
            total++;
            if (kept.size() < MAX_PROBLEMS_KEPT) {
                kept.add(problem);
            }
        }
    }
}
