package app.rapport.ui.messages;

import app.rapport.domain.ClientSummary;
import app.rapport.demo.DemoBusiness;
import app.rapport.domain.message.MessageChannel;
import app.rapport.domain.message.MessageTemplate;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.messages.TemplatesViewModel.Audience;
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

/** Writing a message template and previewing it for clients, on a real store, with no FX toolkit. */
class TemplatesViewModelTest {
    @TempDir
    Path folder;

    private RapportServices services;
    private ClientSummary client;
    private final List<String> reported = new ArrayList<>();
    private TemplatesViewModel model;

    @BeforeEach
    void open() {
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SHOP, 12, 5, Progress.NONE);
        client = services.clients().firstPage(1).clients().get(0);
        model = new TemplatesViewModel(services.messages(), new CurrentThreadTaskExecutor(),
                List.of(TemplatesViewModel.forClient(client)), reported::add);
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aTemplateWithAnEmptyNameIsRefusedWithAMessageUnderTheName() {
        int before = services.messages().templates().size();
        model.newTemplate();
        model.bodyProperty().set("Hello {{addressAs}}");

        model.save();

        assertThat(model.problems()).containsEntry("name", "Give the template a name.");
        assertThat(model.messageProperty().get()).isEqualTo("Not saved: 1 problem.");
        assertThat(services.messages().templates()).hasSize(before);
    }

    @Test
    void mergeFieldsAreCheckedAsTheMessageIsWritten() {
        model.newTemplate();

        model.bodyProperty().set("Hello {{nickname}}");
        assertThat(model.checkPassedProperty().get()).isFalse();
        assertThat(model.checkProperty().get()).contains("nickname");

        model.bodyProperty().set("Hello {{addressAs}}");
        assertThat(model.checkPassedProperty().get()).isTrue();
        assertThat(model.checkProperty().get()).isEqualTo("Merge fields are all known.");
    }

    @Test
    void thePreviewIsFilledInForTheChosenClientAsTheMessageChanges() {
        model.newTemplate();
        model.channelProperty().set(MessageChannel.EMAIL);
        model.subjectProperty().set("");
        model.bodyProperty().set("Dear {{fullName}}, thank you.");

        assertThat(model.rendered()).singleElement().satisfies(addressed -> assertThat(addressed.clientId()).isEqualTo(client.id()));
        assertThat(model.recipientProperty().get().clientId()).isEqualTo(client.id());
        assertThat(model.previewBodyProperty().get()).isEqualTo("Dear " + client.displayName() + ", thank you.");
        assertThat(model.previewSubjectProperty().get()).isEqualTo("(no subject)");
        assertThat(model.canCopyProperty().get()).isTrue();
    }

    @Test
    void aTextMessageHasNoSubjectAndIsCopiedNotMailed() {
        model.newTemplate();
        model.channelProperty().set(MessageChannel.MESSAGE);
        model.bodyProperty().set("See you soon, {{fullName}}");

        assertThat(model.previewSubjectProperty().get()).isNull();
        assertThat(model.canMailProperty().get()).isFalse();
        assertThat(model.mailHintProperty().get()).isEqualTo("Text messages are copied, not mailed");
        assertThat(model.copyChosen()).isEqualTo("See you soon, " + client.displayName());
        assertThat(model.messageProperty().get()).isEqualTo("Copied the message for " + client.displayName() + ".");
    }

    @Test
    void aSavedTemplateIsListedChosenAndSaysSo() {
        model.newTemplate();
        model.nameProperty().set("Thank you");
        model.bodyProperty().set("Thank you, {{addressAs}}, from {{businessName}}");

        model.save();

        MessageTemplate stored = services.messages().templates().stream().filter(t -> t.name().equals("Thank you")).findFirst().orElseThrow();
        assertThat(model.templates()).contains(stored);
        assertThat(model.selectedProperty().get()).isEqualTo(stored);
        assertThat(model.messageProperty().get()).isEqualTo("Saved Thank you.");
        assertThat(reported).containsExactly("Template saved: Thank you");
    }

    @Test
    void theBusinessNameIsKeptAndFillsThePreview() {
        model.newTemplate();
        model.bodyProperty().set("From {{businessName}}");

        model.businessNameProperty().set("Corner Shop");
        model.saveBusinessName();

        assertThat(services.messages().businessName()).isEqualTo("Corner Shop");
        assertThat(model.previewBodyProperty().get()).isEqualTo("From Corner Shop");
    }

    @Test
    void aDeletedTemplateComesBackWithUndo() {
        MessageTemplate first = model.templates().get(0);
        model.selectedProperty().set(first);

        model.delete();

        assertThat(services.messages().find(first.id())).isEmpty();
        assertThat(model.undoableProperty().get()).isNotNull();

        model.undoDelete();

        assertThat(services.messages().find(first.id())).isPresent();
        assertThat(model.messageProperty().get()).isEqualTo("Brought back " + first.name() + ".");
    }

    @Test
    void copyAllNamesEachRecipient() {
        List<ClientSummary> two = services.clients().firstPage(2).clients();
        model.audienceProperty().set(new Audience("Two clients", () -> two.stream().map(ClientSummary::id).toList()));
        model.newTemplate();
        model.channelProperty().set(MessageChannel.MESSAGE);
        model.bodyProperty().set("Hi {{fullName}}");

        String copied = model.copyAll();

        assertThat(model.copyAllTextProperty().get()).isEqualTo("Copy all 2");
        assertThat(copied).contains("To: " + two.get(0).displayName() + " <", "To: " + two.get(1).displayName() + " <", "\n\n----\n\n");
        assertThat(model.messageProperty().get()).isEqualTo("Copied 2 messages, each with its recipient.");
    }
}
