package app.rapport.service;

import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Undo takes back this desk's own change, and never one another desk made since. */
class UndoPerDeskTest {
    @TempDir
    Path folder;

    private Store store;
    private OpportunityService opportunities;
    private Opportunity open;

    @BeforeEach
    void aClientWithAnOpenRequest() {
        TestClock clock = new TestClock(Instant.parse("2026-05-14T10:42:00Z"));
        store = Store.open(TestStores.location(folder, "undo"), clock);
        opportunities = new OpportunityService(store, clock);
        UUID client = new ClientService(store, clock).save(ClientBuilder.person("Maria", "Lopes").build()).id();
        open = opportunities.save(new Opportunity(null, client, OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, null, null,
                "Wants a trial of the keratin treatment", null, null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void undoPutsBackWhatThisDeskChanged() {
        store.workAs("Ben");
        Opportunity won = opportunities.setStatus(open.id(), OpportunityStatus.WON);

        Opportunity undone = opportunities.putBack(open, won);

        assertThat(opportunities.forClient(open.clientId())).containsExactly(undone);
        assertThat(undone).as("as it was, saved once more").isEqualTo(open.withVersion(open.version() + 2));
    }

    @Test
    void undoAfterAnotherDeskChangedTheRecordSaysWhoAndWhenAndOverwritesNothing() {
        store.workAs("Ben");
        Opportunity won = opportunities.setStatus(open.id(), OpportunityStatus.WON);
        store.workAs("Ana");
        Opportunity anasEdit = opportunities.setStatus(open.id(), OpportunityStatus.LOST);
        store.workAs("Ben");

        assertThatThrownBy(() -> opportunities.putBack(open, won))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertThat(conflict.changedBy()).isEqualTo("Ana");
                    assertThat(conflict.when()).isEqualTo("at 10:42");
                    assertThat(conflict.fields()).extracting(EditConflictException.FieldConflict::label, EditConflictException.FieldConflict::theirs,
                            EditConflictException.FieldConflict::mine).contains(org.assertj.core.groups.Tuple.tuple("Status", "Lost", "Open"));
                });
        assertThat(opportunities.forClient(open.clientId())).as("Ana's change stays").containsExactly(anasEdit);
    }
}
