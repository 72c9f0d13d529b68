package app.rapport.ui.playbook;

import app.rapport.domain.brief.PlaybookEntry;
import app.rapport.domain.brief.RuleRole;
import app.rapport.service.RapportServices;
import app.rapport.ui.playbook.PlaybookViewModel.Rule;
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

/** The playbook editor as the owner uses it, on a real store, with no FX toolkit. */
class PlaybookViewModelTest {
    @TempDir
    Path folder;

    private RapportServices services;
    private final List<String> reported = new ArrayList<>();
    private PlaybookViewModel model;

    @BeforeEach
    void open() {
        services = openStore(folder);
        model = new PlaybookViewModel(services.playbook(), new CurrentThreadTaskExecutor(), reported::add);
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void everyRuleIsListedAndANewRuleStartsFromAnEmptyForm() {
        assertThat(model.rules()).extracting(Rule::entry).containsExactlyElementsOf(services.playbook().list());
        assertThat(model.codeProperty().get()).isEmpty();
        assertThat(model.conditionsProperty().get()).isEqualTo("{}");
        assertThat(model.messageProperty().get()).isEqualTo(PlaybookViewModel.NEW_RULE);
        assertThat(model.movableProperty().get()).isFalse();
    }

    @Test
    void choosingARulePutsItInTheFormAndABuiltInOneKeepsItsCode() {
        Rule second = model.rules().get(1);

        model.selectedProperty().set(second);

        assertThat(model.titleProperty().get()).isEqualTo(second.entry().title());
        assertThat(model.codeEditableProperty().get()).isEqualTo(!second.entry().builtIn());
        assertThat(model.resettableProperty().get()).isEqualTo(second.entry().builtIn());
    }

    @Test
    void movingASituationUpMakesItMoreUrgentAndKeepsItChosen() {
        List<PlaybookEntry> situations = situations();
        PlaybookEntry second = situations.get(1);
        model.selectedProperty().set(ruleWithCode(second.code()));
        assertThat(model.movableProperty().get()).isTrue();

        model.move(true);

        assertThat(situations().get(0).code()).isEqualTo(second.code());
        assertThat(model.messageProperty().get()).isEqualTo(second.code() + " is now situation 1 of " + situations.size() + " in urgency.");
        assertThat(model.selectedProperty().get().entry().code()).isEqualTo(second.code());
        assertThat(reported).containsExactly("Playbook situation moved: " + second.code());
    }

    @Test
    void aPriorityThatIsNotANumberIsRefusedWithAMessageAndNothingIsSaved() {
        Rule first = model.rules().get(0);
        model.selectedProperty().set(first);
        model.priorityProperty().set("urgent");
        model.titleProperty().set("Changed");

        model.save();

        assertThat(model.problems()).containsEntry("priority", "The priority is a number from 0 to 1000.");
        assertThat(model.messageProperty().get()).isEqualTo("Not saved: see what needs fixing above.");
        assertThat(services.playbook().find(first.entry().code()).orElseThrow().title()).isEqualTo(first.entry().title());
    }

    @Test
    void conditionsThatAreNotJsonAreMarkedUnderTheirField() {
        model.selectedProperty().set(model.rules().get(0));
        model.conditionsProperty().set("{\"phase\": ");

        model.save();

        assertThat(model.problems().get("conditions")).startsWith("Not a JSON object");
    }

    @Test
    void anEditedTitleIsSavedAndResetPutsTheBuiltInRuleBack() {
        Rule first = model.rules().get(0);
        String shipped = first.entry().title();
        model.selectedProperty().set(first);
        model.titleProperty().set("Reworded by the owner");

        model.save();

        assertThat(services.playbook().find(first.entry().code()).orElseThrow().title()).isEqualTo("Reworded by the owner");
        assertThat(model.messageProperty().get()).isEqualTo("Saved " + first.entry().code() + ".");

        model.resetToDefault();

        assertThat(services.playbook().find(first.entry().code()).orElseThrow().title()).isEqualTo(shipped);
        assertThat(model.titleProperty().get()).isEqualTo(shipped);
    }

    @Test
    void untickingARuleSwitchesItOff() {
        Rule first = model.rules().get(0);

        first.enabledProperty().set(false);

        assertThat(services.playbook().find(first.entry().code()).orElseThrow().enabled()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(first.entry().code() + " is off.");
    }

    @Test
    void theFieldsEveryBriefShowsAreSavedTidied() {
        model.shownFieldsProperty().set("Allergies, , Loyalty card, Allergies");

        model.saveShownFields();

        assertThat(services.playbook().fieldsShownInBrief()).containsExactly("Allergies", "Loyalty card");
        assertThat(model.shownFieldsProperty().get()).isEqualTo("Allergies, Loyalty card");
    }

    private List<PlaybookEntry> situations() {
        return services.playbook().list().stream().filter(rule -> rule.role() == RuleRole.SITUATION).toList();
    }

    private Rule ruleWithCode(String code) {
        return model.rules().stream().filter(rule -> rule.entry().code().equals(code)).findFirst().orElseThrow();
    }
}
