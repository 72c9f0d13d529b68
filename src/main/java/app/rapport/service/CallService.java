package app.rapport.service;

import app.rapport.domain.ClientSort;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.PhoneNumbers;
import app.rapport.domain.Ids;
import app.rapport.store.ClientRepository;
import app.rapport.store.PendingCallRepository;
import app.rapport.store.PhoneRows;
import app.rapport.store.Store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.select;

/**
 * A call coming in: who is calling, read from the number the phone system gives; and the calls that
 * rang for a client and are not logged yet (pending calls). A pending call is no touchpoint: the
 * brief, Today, client state, segments and exports never see it, so the brief keeps showing the
 * real last contact during the call. Logging it ({@link TouchpointService#log} with the pending
 * call's id) turns it into the touchpoint.
 */
public final class CallService {
    /** More clients than this sharing one number is a switchboard: the window lists these. */
    static final int MOST_LISTED = 50;

    private final Store store;
    private final Clock clock;

    public CallService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The clients (not in the trash) with {@code number} among their phones, compared as numbers:
     * its E.164 form in the store's phone region, so "020 7946 0018", "+44 20 7946 0018" and
     * "0044207946 0018" find the same client. Most recently contacted first. A blank number is a
     * ValidationException.
     */
    public IncomingCall incoming(String number) {
        String typed = number == null ? "" : number.strip();
        if (typed.isEmpty()) {
            throw new ValidationException(List.of(new app.rapport.domain.FieldProblem("number",
                    "Give the number that is calling, such as +44 20 7946 0018.")));
        }
        Instant at = clock.instant();
        org.jooq.DSLContext dsl = store.dsl();
        String region = new PhoneRows(dsl).region();
        Optional<String> e164 = PhoneNumbers.e164(typed, region);
        // A number stored when it could not be read (no phone country set, written without its
        // country code) has no E.164 form: the same digits, as typed or as written at home, are the same phone.
        java.util.Set<String> unreadDigits = PhoneNumbers.digitsOfSameNumberUnread(typed, region);
        org.jooq.Condition samePhone = unreadDigits.isEmpty() ? falseCondition()
                : CLIENT.ID.in(select(CLIENT_PHONE.CLIENT_ID).from(CLIENT_PHONE).where(CLIENT_PHONE.E164.isNull().and(CLIENT_PHONE.DIGITS.in(unreadDigits))));
        if (e164.isPresent()) {
            samePhone = samePhone.or(CLIENT.ID.in(select(CLIENT_PHONE.CLIENT_ID).from(CLIENT_PHONE).where(CLIENT_PHONE.E164.eq(e164.get()))));
        }
        List<ClientSummary> clients = e164.isEmpty() && unreadDigits.isEmpty() ? List.of()
                : new ClientRepository(dsl).search("", ClientSort.LAST_TOUCHPOINT, null, samePhone, MOST_LISTED);
        return new IncomingCall(typed, e164.orElse(null), clients, at, null);
    }

    /**
     * The phone rings with {@code number}: who is calling, as {@link #incoming}; when the number is
     * one client's, the call is kept as pending for them from this moment, ready to be logged when
     * it ends (its id is the call's {@link IncomingCall#pendingCallId}).
     */
    public IncomingCall ring(String number) {
        IncomingCall call = incoming(number);
        if (call.client().isEmpty()) {
            return call;
        }
        UUID id = Ids.next();
        UUID clientId = call.client().get().id();
        store.inTransaction(dsl -> {
            new PendingCallRepository(dsl).insert(new PendingCallRepository.Row(id, clientId, call.shownNumber(), call.at()));
            return null;
        });
        return new IncomingCall(call.number(), call.e164(), call.clients(), call.at(), id);
    }

    /** The client's calls not logged yet, oldest first; a call that rang before today is {@link PendingCall#unfinished}. */
    public List<PendingCall> pendingCalls(UUID clientId) {
        LocalDate today = LocalDate.now(clock);
        return new PendingCallRepository(store.dsl()).forClient(clientId).stream()
                .map(row -> new PendingCall(row.id(), row.clientId(), row.number(), row.rangAt(),
                        LocalDate.ofInstant(row.rangAt(), clock.getZone()).isBefore(today)))
                .toList();
    }

    /** Forgets a pending call without logging it (a wrong number, a call nobody took); false when it was not there. */
    public boolean discard(UUID pendingCallId) {
        return store.inTransaction(dsl -> new PendingCallRepository(dsl).delete(pendingCallId));
    }

    /**
     * A call from {@code number} that rang for the client at {@code rangAt} and is not logged yet.
     * {@code unfinished}: it rang on an earlier day, so it was missed or its log was never
     * finished; it stays until it is logged or discarded.
     */
    public record PendingCall(UUID id, UUID clientId, String number, Instant rangAt, boolean unfinished) {
    }

    /**
     * A call that came in at {@code at} from {@code number} (as the phone system gave it; {@code e164}
     * null when it is not a number that can be read), and the clients it belongs to: none, one, or
     * several sharing the number (a family's landline, an office). {@code pendingCallId}: the
     * pending call kept for the one client calling, which logging the call completes; null when
     * none was kept.
     */
    public record IncomingCall(String number, String e164, List<ClientSummary> clients, Instant at, UUID pendingCallId) {
        public IncomingCall {
            clients = List.copyOf(clients);
        }

        /** A call with no pending call kept for it. */
        public IncomingCall(String number, String e164, List<ClientSummary> clients, Instant at) {
            this(number, e164, clients, at, null);
        }

        /** The one client calling, when the number is theirs alone. */
        public Optional<ClientSummary> client() {
            return clients.size() == 1 ? Optional.of(clients.get(0)) : Optional.empty();
        }

        /** The number as a person reads it: its international form when it could be read. */
        public String shownNumber() {
            return e164 != null ? PhoneNumbers.display(e164, "", PhoneNumbers.Style.INTERNATIONAL) : number;
        }
    }
}
