package app.rapport.service;

import app.rapport.domain.ClientSort;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.PhoneNumbers;
import app.rapport.store.ClientRepository;
import app.rapport.store.PhoneRows;
import app.rapport.store.Store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static org.jooq.impl.DSL.select;

/** A call coming in: who is calling, read from the number the phone system gives. */
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
        Optional<String> e164 = PhoneNumbers.e164(typed, new PhoneRows(dsl).region());
        List<ClientSummary> clients = e164.isEmpty() ? List.of() : new ClientRepository(dsl).search("", ClientSort.LAST_TOUCHPOINT, null,
                CLIENT.ID.in(select(CLIENT_PHONE.CLIENT_ID).from(CLIENT_PHONE).where(CLIENT_PHONE.E164.eq(e164.get()))), MOST_LISTED);
        return new IncomingCall(typed, e164.orElse(null), clients, at);
    }

    /**
     * A call that came in at {@code at} from {@code number} (as the phone system gave it; {@code e164}
     * null when it is not a number that can be read), and the clients it belongs to: none, one, or
     * several sharing the number (a family's landline, an office).
     */
    public record IncomingCall(String number, String e164, List<ClientSummary> clients, Instant at) {
        public IncomingCall {
            clients = List.copyOf(clients);
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
