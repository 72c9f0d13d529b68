package app.rapport.store;

import app.rapport.domain.Address;
import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientKind;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.Competitor;
import app.rapport.domain.Complexity;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Ids;
import app.rapport.domain.Mood;
import app.rapport.domain.Note;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.SearchTokens;
import app.rapport.domain.SwotItem;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.ConversationType;
import app.rapport.store.jooq.tables.records.ClientCompetitorRecord;
import app.rapport.store.jooq.tables.records.ClientCustomFieldRecord;
import app.rapport.store.jooq.tables.records.ClientEmailRecord;
import app.rapport.store.jooq.tables.records.ClientPhoneRecord;
import app.rapport.store.jooq.tables.records.ClientRecord;
import app.rapport.store.jooq.tables.records.ClientTagRecord;
import app.rapport.store.jooq.tables.records.CompetitorRecord;
import app.rapport.store.jooq.tables.records.FollowUpRecord;
import app.rapport.store.jooq.tables.records.NoteRecord;
import app.rapport.store.jooq.tables.records.OpportunityRecord;
import app.rapport.store.jooq.tables.records.ProductRecord;
import app.rapport.store.jooq.tables.records.PurchaseRecord;
import app.rapport.store.jooq.tables.records.SwotItemRecord;
import app.rapport.store.jooq.tables.records.TouchpointRecord;
import org.jooq.TableRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** Turns domain records into jOOQ rows; one place, so single writes and bulk loads agree. */
final class Rows {
    private Rows() {
    }

    /** The client's own row plus its phones, emails, tags and custom fields. */
    static List<TableRecord<?>> client(Client c, String phoneRegion) {
        return clientRowsForSingleWrite(c, phoneRegion, Ids::next);
    }

    /** As {@link #client(Client, String)}, the phone and email rows' ids taken from {@code rowIds}. */
    static List<TableRecord<?>> clientRowsForSingleWrite(Client c, String phoneRegion, Supplier<UUID> rowIds) {
        List<TableRecord<?>> rows = new ArrayList<>();
        rows.add(clientRow(c));
        rows.addAll(clientDetails(c, phoneRegion, rowIds));
        return rows;
    }

    /**
     * As {@link #client(Client, String)}, the phone and email rows' ids taken from {@code rowIds} (the
     * demo's are seeded), for a bulk load (see {@link #valuesOnly}).
     */
    static List<TableRecord<?>> client(Client c, String phoneRegion, Supplier<UUID> rowIds) {
        return client(c, phoneRegion, rowIds, typed -> null);
    }

    /**
     * As {@link #client(Client, String, Supplier)}, each phone's E.164 form taken from {@code readBefore}
     * where it knows the number (its form read in {@code phoneRegion}, "" for a number that cannot be
     * read; null: not read), so a number an import's preview read already is not read again. The
     * records carry values only, for {@link BulkLoader} to write: their changed flags are not those
     * of a record made for a single insert.
     */
    static List<TableRecord<?>> client(Client c, String phoneRegion, Supplier<UUID> rowIds, Function<String, String> readBefore) {
        List<TableRecord<?>> rows = new ArrayList<>(1 + c.phones().size() + c.emails().size() + c.tags().size() + c.customFields().size());
        rows.add(valuesOnly(new ClientRecord(), c.id(), c.kind().name(), c.firstName(), c.lastName(), c.displayName(), c.companyName(),
                c.addressAs(), c.address().street(), c.address().postalCode(), c.address().city(), c.address().region(),
                c.address().country(), c.birthday(), c.source(), name(c.preferredChannel()), c.createdAt(), c.updatedAt(),
                null, c.lastTouchpointAt(), false, FIRST_VERSION));
        int position = 0;
        for (ContactPoint phone : c.phones()) {
            String known = readBefore.apply(phone.value());
            String e164 = known == null ? PhoneNumbers.e164(phone.value(), phoneRegion).orElse(null) : known.isEmpty() ? null : known;
            rows.add(valuesOnly(new ClientPhoneRecord(), rowIds.get(), c.id(), phone.label(), phone.value(), SearchTokens.digitsOf(phone.value()),
                    position++, e164));
        }
        position = 0;
        for (ContactPoint email : c.emails()) {
            rows.add(valuesOnly(new ClientEmailRecord(), rowIds.get(), c.id(), email.label(), email.value(), position++));
        }
        for (String tag : c.tags()) {
            rows.add(valuesOnly(new ClientTagRecord(), c.id(), tag));
        }
        position = 0;
        for (Map.Entry<String, String> field : c.customFields().entrySet()) {
            rows.add(valuesOnly(new ClientCustomFieldRecord(), c.id(), field.getKey(), field.getValue(), position++));
        }
        return rows;
    }

    /** Sets values without jOOQ making a configuration, and a copy of its settings, for each: what a detached record's setter does. */
    private static final org.jooq.Configuration VALUES_ONLY = new org.jooq.impl.DefaultConfiguration();

    /**
     * {@code record} (new, empty) with {@code values} in its table's column order, for a bulk load:
     * a generated record's constructor costs a configuration per value (a 100,000-row import made
     * some 6 million), which a bulk load, binding the values itself, does not need.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <R extends TableRecord<R>> R valuesOnly(R record, Object... values) {
        record.attach(VALUES_ONLY);
        for (int i = 0; i < values.length; i++) {
            record.set((org.jooq.Field) record.field(i), values[i]);
        }
        record.detach();
        return record;
    }

    /** The version of a client's profile as first written; each save raises it by one. */
    static final int FIRST_VERSION = 1;

    static ClientRecord clientRow(Client c) {
        return new ClientRecord(c.id(), c.kind().name(), c.firstName(), c.lastName(), c.displayName(), c.companyName(),
                c.addressAs(), c.address().street(), c.address().postalCode(), c.address().city(), c.address().region(),
                c.address().country(), c.birthday(), c.source(), name(c.preferredChannel()), c.createdAt(), c.updatedAt(),
                null, c.lastTouchpointAt(), false, FIRST_VERSION);
    }

    /** The client's phones (with their E.164 form, read in {@code phoneRegion}), emails, tags and custom fields, in their order. */
    static List<TableRecord<?>> clientDetails(Client c, String phoneRegion) {
        return clientDetails(c, phoneRegion, Ids::next);
    }

    private static List<TableRecord<?>> clientDetails(Client c, String phoneRegion, Supplier<UUID> rowIds) {
        List<TableRecord<?>> rows = new ArrayList<>();
        int position = 0;
        for (ContactPoint phone : c.phones()) {
            rows.add(new ClientPhoneRecord(rowIds.get(), c.id(), phone.label(), phone.value(), SearchTokens.digitsOf(phone.value()), position++,
                    PhoneNumbers.e164(phone.value(), phoneRegion).orElse(null)));
        }
        position = 0;
        for (ContactPoint email : c.emails()) {
            rows.add(new ClientEmailRecord(rowIds.get(), c.id(), email.label(), email.value(), position++));
        }
        for (String tag : c.tags()) {
            rows.add(new ClientTagRecord(c.id(), tag));
        }
        position = 0;
        for (Map.Entry<String, String> field : c.customFields().entrySet()) {
            rows.add(new ClientCustomFieldRecord(c.id(), field.getKey(), field.getValue(), position++));
        }
        return rows;
    }

    static Client client(ClientRecord row, List<ContactPoint> phones, List<ContactPoint> emails, List<String> tags,
                         Map<String, String> customFields) {
        return new Client(row.getId(), ClientKind.valueOf(row.getKind()), row.getFirstName(), row.getLastName(),
                row.getDisplayName(), row.getCompanyName(), row.getAddressAs(), phones, emails,
                new Address(row.getStreet(), row.getPostalCode(), row.getCity(), row.getRegion(), row.getCountry()),
                row.getBirthday(), row.getSource(), enumOrNull(Channel.class, row.getPreferredChannel()),
                tags, customFields, row.getCreatedAt(), row.getUpdatedAt(), row.getLastTouchpointAt(), row.getVersion());
    }

    static TouchpointRecord touchpoint(Touchpoint t, Instant createdAt) {
        return touchpoint(t, createdAt, ChangeRecording.currentAuthor());
    }

    /** As {@link #touchpoint(Touchpoint, Instant)}, by {@code author} (null: the store's one user), for rows made away from the writing thread. */
    static TouchpointRecord touchpoint(Touchpoint t, Instant createdAt, String author) {
        return new TouchpointRecord(t.id(), t.clientId(), t.occurredAt(), t.channel().name(), t.direction().name(),
                t.summary(), t.outcome(), name(t.mood()), t.followUpOn(), createdAt, null, name(t.conversationType()), author);
    }

    static Touchpoint touchpoint(TouchpointRecord r) {
        return new Touchpoint(r.getId(), r.getClientId(), r.getOccurredAt(), Channel.valueOf(r.getChannel()),
                Direction.valueOf(r.getDirection()), r.getSummary(), r.getOutcome(), enumOrNull(Mood.class, r.getMood()),
                r.getFollowUpOn(), enumOrNull(ConversationType.class, r.getConversationType()));
    }

    static NoteRecord note(Note n) {
        return note(n, ChangeRecording.currentAuthor());
    }

    static NoteRecord note(Note n, String author) {
        return new NoteRecord(n.id(), n.clientId(), n.body(), n.pinned(), n.createdAt(), n.updatedAt(), null, author);
    }

    static Note note(NoteRecord r) {
        return new Note(r.getId(), r.getClientId(), r.getBody(), r.getPinned(), r.getCreatedAt(), r.getUpdatedAt());
    }

    static ProductRecord product(Product p, Instant createdAt) {
        return new ProductRecord(p.id(), p.name(), p.category(), p.complexity().name(), p.price(), true, createdAt);
    }

    static Product product(ProductRecord r) {
        return new Product(r.getId(), r.getName(), r.getCategory(), Complexity.valueOf(r.getComplexity()), r.getPrice());
    }

    static PurchaseRecord purchase(Purchase p, Instant createdAt) {
        return purchase(p, createdAt, ChangeRecording.currentAuthor());
    }

    static PurchaseRecord purchase(Purchase p, Instant createdAt, String author) {
        return new PurchaseRecord(p.id(), p.clientId(), p.productId(), p.description(), p.purchasedOn(), p.amount(),
                p.warrantyUntil(), p.renewalOn(), createdAt, null, author, FIRST_VERSION);
    }

    static Purchase purchase(PurchaseRecord r) {
        return new Purchase(r.getId(), r.getClientId(), r.getProductId(), r.getDescription(), r.getPurchasedOn(), r.getAmount(),
                r.getWarrantyUntil(), r.getRenewalOn(), r.getVersion());
    }

    static Opportunity opportunity(OpportunityRecord r) {
        return new Opportunity(r.getId(), r.getClientId(), OpportunityKind.valueOf(r.getKind()), OpportunityStatus.valueOf(r.getStatus()),
                r.getProductId(), r.getReasonCode(), r.getReasonText(), r.getSummary(), r.getOpenedOn(), r.getClosedOn(), r.getVersion());
    }

    static CompetitorRecord competitor(Competitor c, Instant createdAt) {
        return new CompetitorRecord(c.id(), c.name(), c.website(), c.area(), name(c.priceLevel()), c.notes(), createdAt, null, FIRST_VERSION);
    }

    static SwotItemRecord swotItem(SwotItem s, Instant createdAt) {
        return new SwotItemRecord(s.id(), s.competitorId(), s.quadrant().name(), s.text(), s.evidence(), s.observedOn(),
                s.clientId(), s.position(), createdAt, null, FIRST_VERSION);
    }

    static ClientCompetitorRecord competitorLink(CompetitorLink l, Instant createdAt) {
        return new ClientCompetitorRecord(l.id(), l.clientId(), l.competitorId(), l.relation().name(), l.notedOn(), l.note(), createdAt);
    }

    static OpportunityRecord opportunity(Opportunity o, Instant createdAt) {
        return opportunity(o, createdAt, ChangeRecording.currentAuthor());
    }

    static OpportunityRecord opportunity(Opportunity o, Instant createdAt, String author) {
        return new OpportunityRecord(o.id(), o.clientId(), o.kind().name(), o.status().name(), o.productId(), o.reasonCode(),
                o.reasonText(), o.summary(), o.openedOn(), o.closedOn(), null, createdAt, null, author, FIRST_VERSION);
    }

    static FollowUpRecord followUp(FollowUp f, Instant createdAt) {
        return followUp(f, null, createdAt);
    }

    static FollowUpRecord followUp(FollowUp f, UUID sourceTouchpoint, Instant createdAt) {
        return new FollowUpRecord(f.id(), f.clientId(), f.dueOn(), f.reason(), sourceTouchpoint, null, f.doneAt(), createdAt);
    }

    static FollowUp followUp(FollowUpRecord r) {
        return new FollowUp(r.getId(), r.getClientId(), r.getDueOn(), r.getReason(), r.getDoneAt());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
