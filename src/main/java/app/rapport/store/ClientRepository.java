package app.rapport.store;

import app.rapport.domain.Address;
import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientKind;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.SearchTokens;
import app.rapport.store.jooq.tables.records.ClientRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_CUSTOM_FIELD;
import static app.rapport.store.jooq.Tables.CLIENT_EMAIL;
import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static app.rapport.store.jooq.Tables.CLIENT_SEARCH_TOKEN;
import static app.rapport.store.jooq.Tables.CLIENT_TAG;
import static org.jooq.impl.DSL.listAgg;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trueCondition;

/** Clients with their phones, emails, tags and custom fields; soft-deleted clients are invisible. */
public final class ClientRepository {
    private static final String TAG_SEPARATOR = "\u001f";
    private static final Field<String> PRIMARY_PHONE = select(CLIENT_PHONE.NUMBER).from(CLIENT_PHONE)
            .where(CLIENT_PHONE.CLIENT_ID.eq(CLIENT.ID)).orderBy(CLIENT_PHONE.POSITION).limit(1).asField("primary_phone");
    private static final Field<String> PRIMARY_EMAIL = select(CLIENT_EMAIL.ADDRESS).from(CLIENT_EMAIL)
            .where(CLIENT_EMAIL.CLIENT_ID.eq(CLIENT.ID)).orderBy(CLIENT_EMAIL.POSITION).limit(1).asField("primary_email");
    private static final Field<String> TAGS = select(listAgg(CLIENT_TAG.TAG, TAG_SEPARATOR).withinGroupOrderBy(CLIENT_TAG.TAG))
            .from(CLIENT_TAG).where(CLIENT_TAG.CLIENT_ID.eq(CLIENT.ID)).asField("tags");

    private final DSLContext dsl;

    public ClientRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(Client client) {
        Rows.client(client).forEach(dsl::executeInsert);
        Rows.searchTokens(client).forEach(dsl::executeInsert);
        new AuditLog(dsl).record("client", client.id(), client.id(), "create", client.displayName());
    }

    public Optional<Client> find(UUID id) {
        ClientRecord row = dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(id)).and(CLIENT.DELETED_AT.isNull()).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        List<ContactPoint> phones = dsl.select(CLIENT_PHONE.LABEL, CLIENT_PHONE.NUMBER).from(CLIENT_PHONE)
                .where(CLIENT_PHONE.CLIENT_ID.eq(id)).orderBy(CLIENT_PHONE.POSITION)
                .fetch(r -> new ContactPoint(r.value1(), r.value2()));
        List<ContactPoint> emails = dsl.select(CLIENT_EMAIL.LABEL, CLIENT_EMAIL.ADDRESS).from(CLIENT_EMAIL)
                .where(CLIENT_EMAIL.CLIENT_ID.eq(id)).orderBy(CLIENT_EMAIL.POSITION)
                .fetch(r -> new ContactPoint(r.value1(), r.value2()));
        List<String> tags = dsl.select(CLIENT_TAG.TAG).from(CLIENT_TAG).where(CLIENT_TAG.CLIENT_ID.eq(id))
                .orderBy(CLIENT_TAG.TAG).fetch(CLIENT_TAG.TAG);
        Map<String, String> customFields = new LinkedHashMap<>();
        dsl.select(CLIENT_CUSTOM_FIELD.NAME, CLIENT_CUSTOM_FIELD.FIELD_VALUE).from(CLIENT_CUSTOM_FIELD)
                .where(CLIENT_CUSTOM_FIELD.CLIENT_ID.eq(id)).orderBy(CLIENT_CUSTOM_FIELD.POSITION)
                .forEach(r -> customFields.put(r.value1(), r.value2()));
        return Optional.of(new Client(row.getId(), ClientKind.valueOf(row.getKind()), row.getFirstName(), row.getLastName(),
                row.getDisplayName(), row.getCompanyName(), row.getAddressAs(), phones, emails,
                new Address(row.getStreet(), row.getPostalCode(), row.getCity(), row.getRegion(), row.getCountry()),
                row.getBirthday(), row.getSource(),
                row.getPreferredChannel() == null ? null : Channel.valueOf(row.getPreferredChannel()),
                tags, customFields, row.getCreatedAt(), row.getUpdatedAt(), row.getLastTouchpointAt()));
    }

    /**
     * Clients matching every word of {@code query} by prefix (names, email, tags, phone digits),
     * ordered by name; an empty query lists everyone.
     */
    public List<ClientSummary> search(String query, int limit) {
        return dsl.select(CLIENT.ID, CLIENT.DISPLAY_NAME, CLIENT.COMPANY_NAME, PRIMARY_PHONE, PRIMARY_EMAIL, TAGS,
                        CLIENT.LAST_TOUCHPOINT_AT)
                .from(CLIENT)
                .where(matching(query))
                .and(CLIENT.DELETED_AT.isNull())
                .orderBy(CLIENT.DISPLAY_NAME, CLIENT.ID)
                .limit(limit)
                .fetch(ClientRepository::summary);
    }

    public int countMatching(String query) {
        return dsl.fetchCount(CLIENT, matching(query).and(CLIENT.DELETED_AT.isNull()));
    }

    public int count() {
        return dsl.fetchCount(CLIENT, CLIENT.DELETED_AT.isNull());
    }

    private static Condition matching(String query) {
        Condition condition = trueCondition();
        for (String token : SearchTokens.forQuery(query)) {
            // A range over the primary key is a prefix match the index can answer.
            condition = condition.and(CLIENT.ID.in(select(CLIENT_SEARCH_TOKEN.CLIENT_ID).from(CLIENT_SEARCH_TOKEN)
                    .where(CLIENT_SEARCH_TOKEN.TOKEN.ge(token))
                    .and(CLIENT_SEARCH_TOKEN.TOKEN.lt(token + Character.MAX_VALUE))));
        }
        return condition;
    }

    private static ClientSummary summary(Record r) {
        String tags = r.get(TAGS);
        return new ClientSummary(r.get(CLIENT.ID), r.get(CLIENT.DISPLAY_NAME), r.get(CLIENT.COMPANY_NAME), r.get(PRIMARY_PHONE),
                r.get(PRIMARY_EMAIL), tags == null ? List.of() : Arrays.asList(tags.split(TAG_SEPARATOR)),
                r.get(CLIENT.LAST_TOUCHPOINT_AT), null);
    }
}
