package app.rapport.ui.opportunities;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.Complexity;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.RefusalReason;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static app.rapport.ui.FxTestSupport.openStore;
import static org.assertj.core.api.Assertions.assertThat;

/** Logging a refusal, request or idea for a client as the owner does, on a real store, with no FX toolkit. */
class OpportunityViewModelTest {
    @TempDir
    Path folder;

    private RapportServices services;
    private ClientSummary client;

    @BeforeEach
    void open() {
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SHOP, 6, 2, Progress.NONE);
        client = services.clients().firstPage(1).clients().get(0);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private OpportunityViewModel form(OpportunityKind kind, Opportunity existing) {
        List<OpportunityViewModel> ready = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        OpportunityViewModel.prepare(services.opportunities(), services.purchases(), new CurrentThreadTaskExecutor(), client.id(), kind,
                existing, ready::add, failed::add);
        assertThat(failed).isEmpty();
        return ready.get(0);
    }

    @Test
    void aRefusalWithItsReasonIsSaved() {
        OpportunityViewModel form = form(OpportunityKind.REFUSAL, null);
        RefusalReason price = form.reasons().get(0);
        form.summaryProperty().set("The extended warranty");
        form.reasonCodeProperty().set(price.code());

        form.save();

        assertThat(form.problems()).isEmpty();
        Opportunity saved = form.savedProperty().get();
        assertThat(saved.reasonCode()).isEqualTo(price.code());
        assertThat(services.opportunities().forClient(client.id())).contains(saved);
    }

    @Test
    void otherWithoutWordsIsRefusedUnderTheWordsAndNothingIsSaved() {
        OpportunityViewModel form = form(OpportunityKind.REFUSAL, null);
        int before = services.opportunities().forClient(client.id()).size();
        form.summaryProperty().set("A second dryer");
        form.reasonCodeProperty().set(OpportunityViewModel.OTHER);

        form.save();

        assertThat(form.problems()).containsEntry("reasonText", "Say in a few words why they said no.");
        assertThat(form.savedProperty().get()).isNull();
        assertThat(services.opportunities().forClient(client.id())).hasSize(before);
    }

    @Test
    void aProductThatIsNotInTheCatalogIsRefusedBeforeAnythingIsAsked() {
        OpportunityViewModel form = form(OpportunityKind.REQUEST, null);
        form.summaryProperty().set("Wants a blue one");
        form.productTextProperty().set("A product nobody sells");

        form.save();

        assertThat(form.problems().get("productId")).startsWith("There is no product called \u201cA product nobody sells\u201d");
        assertThat(form.savedProperty().get()).isNull();
    }

    @Test
    void aProductIsFoundByPartOfItsNameWhenOnlyOneHasIt() {
        Product zebra = services.purchases().saveProduct(new Product(null, "Zebra-striped kettle", null, Complexity.SIMPLE, null));
        OpportunityViewModel form = form(OpportunityKind.REQUEST, null);
        form.summaryProperty().set("Asked about it again");
        form.productTextProperty().set("zebra");

        form.save();

        assertThat(form.savedProperty().get().productId()).isEqualTo(zebra.id());
    }

    @Test
    void aRequestWithoutASummaryIsMarkedUnderTheSummary() {
        OpportunityViewModel form = form(OpportunityKind.REQUEST, null);

        form.save();

        assertThat(form.problems()).containsOnlyKeys("summary");
        assertThat(form.savedProperty().get()).isNull();
    }

    @Test
    void wordsTypedUnderOtherBecomeAReasonOfTheListAndAreChosen() {
        OpportunityViewModel form = form(OpportunityKind.REFUSAL, null);
        form.reasonCodeProperty().set(OpportunityViewModel.OTHER);
        form.reasonTextProperty().set("Moving house");
        assertThat(form.canAddReasonBinding().get()).isTrue();

        form.addTypedReason();

        RefusalReason added = form.addedReasonProperty().get();
        assertThat(added.label()).isEqualTo("Moving house");
        assertThat(form.reasons()).contains(added);
        assertThat(form.reasonCodeProperty().get()).isEqualTo(added.code());
        assertThat(form.reasonTextProperty().get()).isEmpty();
        assertThat(services.opportunities().refusalReasons()).contains(added);
    }

    @Test
    void anOpportunityOpensAsStoredAndIsChangedInPlace() {
        OpportunityViewModel first = form(OpportunityKind.REQUEST, null);
        first.summaryProperty().set("Wants the summer catalogue");
        first.save();
        Opportunity stored = first.savedProperty().get();

        OpportunityViewModel form = form(null, stored);
        assertThat(form.title()).isEqualTo("Edit request");
        assertThat(form.summaryProperty().get()).isEqualTo("Wants the summer catalogue");
        form.statusProperty().set(OpportunityStatus.WON);
        form.save();

        assertThat(form.savedProperty().get().id()).isEqualTo(stored.id());
        assertThat(services.opportunities().forClient(client.id())).filteredOn(o -> o.id().equals(stored.id()))
                .singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(OpportunityStatus.WON));
    }
}
