package app.rapport.ui;

import app.rapport.domain.ClientSummary;
import app.rapport.service.RapportServices;
import app.rapport.ui.contacts.ImportDialog;
import app.rapport.ui.task.TaskExecutor;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Contacts in and out of the book as files: import (CSV, Excel, vCard, LDIF), and export as CSV or vCard. */
final class ContactFileActions {
    private final RapportServices services;
    private final TaskExecutor background;
    private final Navigation navigation;
    private final Consumer<String> report;
    private final Supplier<Window> window;

    ContactFileActions(RapportServices services, TaskExecutor background, Navigation navigation, Consumer<String> report,
                       Supplier<Window> window) {
        this.services = services;
        this.background = background;
        this.navigation = navigation;
        this.report = report;
        this.window = window;
    }

    void importContacts() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import contacts");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Contacts (CSV, Excel, vCard, LDIF)", "*.csv", "*.xlsx", "*.vcf", "*.vcard", "*.ldif", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(window.get());
        if (chosen != null) {
            openImport(chosen.toPath());
        }
    }

    /** The import preview of {@code file}; the client list hears of the imported clients through the change bus. */
    ImportDialog openImport(Path file) {
        return ImportDialog.open(window.get(), services.contacts(), background, file, message -> {
            if (navigation.clientList() == null) {
                navigation.showSections();
            }
            report.accept(message);
        });
    }

    void exportContacts() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export contacts");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter("CSV (spreadsheets, Google, Outlook)", "*.csv");
        FileChooser.ExtensionFilter vcf = new FileChooser.ExtensionFilter("vCard (phones, mail programs)", "*.vcf");
        chooser.getExtensionFilters().addAll(csv, vcf);
        chooser.setInitialFileName("clients.csv");
        File chosen = chooser.showSaveDialog(window.get());
        if (chosen == null) {
            return;
        }
        boolean asVCard = chooser.getSelectedExtensionFilter() == vcf || chosen.getName().toLowerCase(Locale.ROOT).endsWith(".vcf");
        report.accept("Exporting your clients to " + chosen.getName() + "\u2026");
        background.run(() -> {
            try {
                List<UUID> ids = services.contacts().allClientIds();
                return asVCard ? services.contacts().exportVCard(ids, chosen.toPath(), true) : services.contacts().exportCsv(ids, chosen.toPath(), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }, count -> report.accept("Exported " + count + " clients to " + chosen.getName()),
                failure -> report.accept("Could not export your clients to " + chosen.getName() + ": " + Messages.of(failure)));
    }

    void exportSelectedAsVCard() {
        ClientSummary selected = navigation.selectedClient();
        if (selected == null) {
            report.accept("Select a client to export first.");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + selected.displayName() + " as vCard");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("vCard", "*.vcf"));
        chooser.setInitialFileName(selected.displayName().replaceAll("[^\\p{L}\\p{N} .-]", "") + ".vcf");
        File chosen = chooser.showSaveDialog(window.get());
        if (chosen == null) {
            return;
        }
        background.run(() -> {
            try {
                return services.contacts().exportVCard(List.of(selected.id()), chosen.toPath(), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }, count -> report.accept("Exported " + selected.displayName() + " to " + chosen.getName()),
                failure -> report.accept("Could not export " + selected.displayName() + ": " + Messages.of(failure)));
    }
}
