package app.rapport.store;

import app.rapport.domain.Ids;
import app.rapport.domain.message.Mailing;
import app.rapport.domain.message.MailingRecipient;
import app.rapport.domain.message.MailingRecipient.Status;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.MAILING;
import static app.rapport.store.jooq.Tables.MAILING_RECIPIENT;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;

/** Mailings and where each of their clients stands; the consent flag on the client's profile. */
public final class MailingRepository {
    private static final int CHUNK = 1_000;
    private final DSLContext dsl;

    public MailingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every mailing, newest first. */
    public List<Mailing> all() {
        return dsl.selectFrom(MAILING).orderBy(MAILING.CREATED_AT.desc(), MAILING.ID.desc()).fetch(MailingRepository::mailing);
    }

    public Optional<Mailing> find(UUID id) {
        return dsl.selectFrom(MAILING).where(MAILING.ID.eq(id)).fetchOptional(MailingRepository::mailing);
    }

    public Optional<Mailing> find(UUID segmentId, UUID templateId) {
        return dsl.selectFrom(MAILING).where(MAILING.SEGMENT_ID.eq(segmentId).and(MAILING.TEMPLATE_ID.eq(templateId)))
                .fetchOptional(MailingRepository::mailing);
    }

    public void insert(Mailing mailing) {
        dsl.insertInto(MAILING, MAILING.ID, MAILING.NAME, MAILING.SEGMENT_ID, MAILING.TEMPLATE_ID, MAILING.CREATED_AT)
                .values(mailing.id(), mailing.name(), mailing.segmentId(), mailing.templateId(), mailing.createdAt())
                .execute();
    }

    /** The mailing's clients with a state, in the order they were first tried. */
    public List<MailingRecipient> recipients(UUID mailingId) {
        return dsl.selectFrom(MAILING_RECIPIENT).where(MAILING_RECIPIENT.MAILING_ID.eq(mailingId))
                .orderBy(MAILING_RECIPIENT.ID)
                .fetch(r -> new MailingRecipient(r.getClientId(), Status.valueOf(r.getStatus()), r.getAddress(), r.getReason(), r.getUpdatedAt()));
    }

    /** Records the client's state in the mailing, adding the row the first time. */
    public void mark(UUID mailingId, UUID clientId, Status status, String address, String reason, UUID touchpointId, Instant at) {
        int updated = dsl.update(MAILING_RECIPIENT)
                .set(MAILING_RECIPIENT.STATUS, status.name())
                .set(MAILING_RECIPIENT.ADDRESS, address)
                .set(MAILING_RECIPIENT.REASON, reason)
                .set(MAILING_RECIPIENT.TOUCHPOINT_ID, touchpointId)
                .set(MAILING_RECIPIENT.UPDATED_AT, at)
                .where(MAILING_RECIPIENT.MAILING_ID.eq(mailingId).and(MAILING_RECIPIENT.CLIENT_ID.eq(clientId)))
                .execute();
        if (updated == 0) {
            dsl.insertInto(MAILING_RECIPIENT, MAILING_RECIPIENT.ID, MAILING_RECIPIENT.MAILING_ID, MAILING_RECIPIENT.CLIENT_ID,
                            MAILING_RECIPIENT.STATUS, MAILING_RECIPIENT.ADDRESS, MAILING_RECIPIENT.REASON,
                            MAILING_RECIPIENT.TOUCHPOINT_ID, MAILING_RECIPIENT.UPDATED_AT)
                    .values(Ids.next(), mailingId, clientId, status.name(), address, reason, touchpointId, at)
                    .execute();
        }
    }

    /** Which of these clients were sent (or were being sent) a mailing after {@code since}. */
    public Set<UUID> mailedSince(Collection<UUID> clientIds, Instant since) {
        Set<UUID> mailed = new HashSet<>();
        List<UUID> ids = List.copyOf(clientIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            mailed.addAll(dsl.selectDistinct(MAILING_RECIPIENT.CLIENT_ID).from(MAILING_RECIPIENT)
                    .where(MAILING_RECIPIENT.CLIENT_ID.in(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                    .and(MAILING_RECIPIENT.STATUS.ne(Status.FAILED.name()))
                    .and(MAILING_RECIPIENT.UPDATED_AT.gt(since))
                    .fetch(MAILING_RECIPIENT.CLIENT_ID));
        }
        return mailed;
    }

    /** Which of these clients said no to mailings. */
    public Set<UUID> refusingMailings(Collection<UUID> clientIds) {
        Set<UUID> refusing = new HashSet<>();
        List<UUID> ids = List.copyOf(clientIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            refusing.addAll(dsl.select(CLIENT.ID).from(CLIENT)
                    .where(CLIENT.ID.in(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                    .and(CLIENT.NO_MAILINGS.isTrue())
                    .fetch(CLIENT.ID));
        }
        return refusing;
    }

    public boolean refusesMailings(UUID clientId) {
        return dsl.fetchExists(CLIENT, CLIENT.ID.eq(clientId).and(CLIENT.NO_MAILINGS.isTrue()));
    }

    /** Sets the client's "no mailings" flag; false when there is no such client. */
    public boolean setNoMailings(UUID clientId, boolean noMailings) {
        return dsl.update(CLIENT).set(CLIENT.NO_MAILINGS, noMailings)
                .where(CLIENT.ID.eq(clientId).and(CLIENT.NO_MAILINGS.ne(noMailings))).execute() > 0
                || dsl.fetchExists(CLIENT, CLIENT.ID.eq(clientId));
    }

    /** A touchpoint a client of the mailing had after it was sent to them. */
    public record Reply(UUID clientId, Instant sentAt, UUID touchpointId, Instant at, String channel, String direction, String summary) {
    }

    /**
     * Every touchpoint the mailing's clients had after their message went out, oldest first,
     * leaving out the touchpoints mailings themselves logged.
     */
    public List<Reply> repliesTo(UUID mailingId) {
        var mailed = MAILING_RECIPIENT.as("mailed");
        return dsl.select(mailed.CLIENT_ID, mailed.UPDATED_AT, TOUCHPOINT.ID, TOUCHPOINT.OCCURRED_AT, TOUCHPOINT.CHANNEL,
                        TOUCHPOINT.DIRECTION, TOUCHPOINT.SUMMARY)
                .from(mailed).join(TOUCHPOINT).on(TOUCHPOINT.CLIENT_ID.eq(mailed.CLIENT_ID))
                .where(mailed.MAILING_ID.eq(mailingId).and(mailed.STATUS.eq(Status.SENT.name())))
                .and(TOUCHPOINT.OCCURRED_AT.gt(mailed.UPDATED_AT))
                .and(TOUCHPOINT.DELETED_AT.isNull())
                .and(TouchpointRepository.notFromAMailing())
                .orderBy(TOUCHPOINT.OCCURRED_AT, TOUCHPOINT.ID)
                .fetch(r -> new Reply(r.get(mailed.CLIENT_ID), r.get(mailed.UPDATED_AT), r.get(TOUCHPOINT.ID), r.get(TOUCHPOINT.OCCURRED_AT),
                        r.get(TOUCHPOINT.CHANNEL), r.get(TOUCHPOINT.DIRECTION), r.get(TOUCHPOINT.SUMMARY)));
    }

    private static Mailing mailing(Record r) {
        return new Mailing(r.get(MAILING.ID), r.get(MAILING.NAME), r.get(MAILING.SEGMENT_ID), r.get(MAILING.TEMPLATE_ID), r.get(MAILING.CREATED_AT));
    }
}
