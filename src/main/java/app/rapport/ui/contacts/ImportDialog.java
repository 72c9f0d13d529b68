package app.rapport.ui.contacts;

import app.rapport.domain.ContactPoint;
import app.rapport.domain.contacts.ColumnMapping;
import app.rapport.domain.contacts.ContactField;
import app.rapport.domain.contacts.ContactLayout;
import app.rapport.domain.contacts.DuplicateFinder;
import app.rapport.domain.contacts.ImportCandidate;
import app.rapport.service.ContactService;
import app.rapport.service.ContactService.DuplicateChoice;
import app.rapport.service.ImportPreview;
import app.rapport.service.Progress;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.Messages;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * File > Import contacts: reads the file in the background (progress, Cancel), shows what was
 * found (format, encoding, delimiter), the column mapping to change, the bad rows with line and
 * reason and the likely duplicates with a choice each; nothing is written until Import.
 */
public final class ImportDialog extends Stage {
    private final ContactService contacts;
    private final TaskExecutor background;
    private final Consumer<String> onImported;
    private final Path file;

    private final Label summary = new Label("Reading\u2026");
    private final Label notices = new Label();
    private final GridPane mapping = new GridPane();
    private final TableView<ImportCandidate> rows = new TableView<>();
    private final ListView<String> badRows = new ListView<>();
    private final TableView<ImportCandidate> duplicates = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Button importButton = new Button("Import");
    private final Button nothingButton = new Button("Import nothing");
    private final ComboBox<DuplicateChoice> allDuplicates = new ComboBox<>(FXCollections.observableArrayList(DuplicateChoice.values()));
    private final Map<UUID, DuplicateChoice> choices = new HashMap<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private ImportPreview preview;
    private boolean working;

    private ImportDialog(Window owner, ContactService contacts, TaskExecutor background, Path file, Consumer<String> onImported) {
        this.contacts = contacts;
        this.background = background;
        this.file = file;
        this.onImported = onImported;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Import contacts \u2014 " + file.getFileName());
        setScene(new Scene(content(), 980, 640));
        if (owner != null && owner.getScene() != null) {
            getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        getScene().setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                nothingButton.fire();
                event.consume();
            }
        });
        setOnCloseRequest(event -> cancelled.set(true));
        read();
    }

    /** Opens the import of {@code file}; {@code onImported} hears what was imported. */
    public static ImportDialog open(Window owner, ContactService contacts, TaskExecutor background, Path file, Consumer<String> onImported) {
        ImportDialog dialog = new ImportDialog(owner, contacts, background, file, onImported);
        dialog.show();
        return dialog;
    }

    private VBox content() {
        summary.setId("import-summary");
        summary.getStyleClass().add("title-4");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        notices.setId("import-notices");
        notices.setWrapText(true);
        notices.managedProperty().bind(notices.textProperty().isNotEmpty());

        mapping.setId("import-mapping");
        mapping.setHgap(8);
        mapping.setVgap(4);
        ScrollPane mappingScroll = new ScrollPane(mapping);
        mappingScroll.setFitToHeight(true);
        mappingScroll.setPrefViewportHeight(64);
        mappingScroll.setMinHeight(84);
        Label mappingTitle = new Label("Columns \u2014 choose what each one holds:");
        VBox mappingBox = new VBox(4, mappingTitle, mappingScroll);
        mappingBox.managedProperty().bind(mappingBox.visibleProperty());
        mappingBox.setVisible(false);
        mapping.getProperties().put("box", mappingBox);

        rows.setId("import-rows");
        rows.setPlaceholder(new Label("No contacts read yet."));
        rows.getColumns().setAll(List.of(
                column("Line", 60, c -> Long.toString(c.line())),
                column("Name", 190, c -> c.client().displayName()),
                column("Phones", 160, c -> c.client().phones().stream().map(ContactPoint::value).collect(Collectors.joining(", "))),
                column("Emails", 200, c -> c.client().emails().stream().map(ContactPoint::value).collect(Collectors.joining(", "))),
                column("Check", 310, this::status)));

        badRows.setId("import-bad-rows");
        badRows.setPlaceholder(new Label("No bad rows."));

        duplicates.setId("import-duplicates");
        duplicates.setEditable(true);
        duplicates.setPlaceholder(new Label("No row looks like a client you already have or like another row of the file."));
        TableColumn<ImportCandidate, DuplicateChoice> choice = new TableColumn<>("What to do");
        choice.setPrefWidth(190);
        choice.setEditable(true);
        choice.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(choiceFor(cell.getValue())));
        choice.setCellFactory(ComboBoxTableCell.forTableColumn(DuplicateChoice.values()));
        choice.setOnEditCommit(event -> choices.put(event.getRowValue().client().id(), event.getNewValue()));
        duplicates.getColumns().setAll(List.of(
                column("Line", 60, c -> Long.toString(c.line())),
                column("In the file", 220, c -> c.client().displayName()),
                column("Looks like", 240, this::looksLike),
                column("Why", 220, this::why)));
        duplicates.getColumns().add(choice);
        allDuplicates.setId("all-duplicates");
        allDuplicates.setValue(DuplicateChoice.SKIP);
        allDuplicates.setOnAction(event -> {
            choices.clear();
            duplicates.refresh();
        });
        Label allLabel = new Label("_Every duplicate:");
        allLabel.setMnemonicParsing(true);
        allLabel.setLabelFor(allDuplicates);
        VBox duplicateBox = new VBox(6, new HBox(8, allLabel, allDuplicates), duplicates);
        HBox.setHgrow(duplicates, Priority.ALWAYS);
        VBox.setVgrow(duplicates, Priority.ALWAYS);
        ((HBox) duplicateBox.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);

        tabs.setId("import-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(new Tab("Rows", rows), new Tab("Bad rows", badRows), new Tab("Duplicates", duplicateBox));
        tabs.getTabs().get(0).setId("tab-rows");
        tabs.getTabs().get(1).setId("tab-bad");
        tabs.getTabs().get(2).setId("tab-duplicates");
        VBox.setVgrow(tabs, Priority.ALWAYS);

        progress.setId("import-progress");
        progress.setPrefWidth(220);
        progressText.setId("import-progress-text");
        importButton.setId("import-good");
        importButton.setDefaultButton(true);
        importButton.setDisable(true);
        importButton.setOnAction(event -> importRows());
        nothingButton.setId("import-nothing");
        nothingButton.setOnAction(event -> {
            if (working) {
                cancelled.set(true);
                progressText.setText("Cancelling\u2026");
            } else {
                close();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, progress, progressText, spacer, nothingButton, importButton);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(10, summary, notices, mappingBox, tabs, buttons);
        box.setPadding(new Insets(14));
        return box;
    }

    private void read() {
        setWorking(true, "Reading " + file.getFileName() + "\u2026");
        Progress reporting = progressReporter();
        background.run(() -> {
            try {
                return contacts.preview(file, reporting);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e.getMessage(), e);
            }
        }, this::show, failure -> {
            setWorking(false, "");
            summary.setText(failure instanceof CancellationException ? "Reading cancelled; nothing was imported."
                    : "Cannot import " + file.getFileName() + ": " + Messages.of(failure));
            nothingButton.setText("Close");
        });
    }

    private void show(ImportPreview read) {
        preview = read;
        setWorking(false, "");
        String delimiter = read.delimiter() == null ? "" : " \u00b7 delimiter: " + read.delimiter();
        int good = read.good().size();
        int bad = read.bad().size();
        summary.setText(read.formatLabel() + " \u00b7 " + read.encoding() + delimiter + " \u2014 " + count(good, "contact") + " to import"
                + (bad > 0 ? ", " + count(bad, "bad row") : "") + duplicatesSummary(read));
        notices.setText(String.join("\n", read.notices()));
        rows.getItems().setAll(read.candidates());
        badRows.getItems().setAll(read.bad().stream().map(ImportCandidate::problemLine).toList());
        duplicates.getItems().setAll(read.good().stream().filter(read::isFlagged).toList());
        tabs.getTabs().get(1).setText("Bad rows (" + bad + ")");
        tabs.getTabs().get(2).setText("Duplicates (" + (read.duplicateCount() + read.repeatCount()) + ")");
        read.layout().ifPresent(this::showMapping);
        importButton.setText(bad == 0 ? "Import " + count(good, "contact") : "Import " + count(good, "good row"));
        importButton.setDisable(good == 0);
        nothingButton.setText("Import nothing");
        if (bad > 0) {
            tabs.getSelectionModel().select(1);
        }
    }

    private void showMapping(ContactLayout layout) {
        ((VBox) mapping.getProperties().get("box")).setVisible(true);
        mapping.getChildren().clear();
        for (int column = 0; column < layout.headers().size(); column++) {
            int index = column;
            Label header = new Label(layout.headers().get(column));
            header.getStyleClass().add("text-bold");
            ComboBox<ContactField> field = new ComboBox<>(FXCollections.observableArrayList(ContactField.values()));
            field.setId("mapping-" + column);
            ColumnMapping current = layout.mappings().get(column);
            field.setValue(current.field());
            field.setOnAction(event -> remap(index, field.getValue()));
            mapping.add(header, column, 0);
            mapping.add(field, column, 1);
        }
    }

    private void remap(int column, ContactField field) {
        ImportPreview before = preview;
        if (before == null || before.layout().orElseThrow().mappings().get(column).field() == field) {
            return;
        }
        setWorking(true, "Checking every row again\u2026");
        background.run(() -> before.withMapping(column, field), this::show, failure -> {
            setWorking(false, "");
            progressText.setText(Messages.of(failure));
        });
    }

    private void importRows() {
        ImportPreview chosen = preview;
        if (chosen == null || working) {
            return;
        }
        cancelled.set(false);
        Map<UUID, DuplicateChoice> decided = Map.copyOf(choices);
        DuplicateChoice rest = allDuplicates.getValue();
        setWorking(true, "Importing\u2026");
        Progress reporting = progressReporter();
        background.run(() -> contacts.importContacts(chosen, true, rest, decided, reporting), result -> {
            setWorking(false, "");
            StringBuilder message = new StringBuilder("Imported " + count(result.imported(), "client") + " from " + file.getFileName());
            if (result.merged() > 0) {
                message.append(", merged ").append(count(result.merged(), "row")).append(" into existing clients");
            }
            if (result.mergedWithinFile() > 0) {
                message.append(", merged ").append(count(result.mergedWithinFile(), "repeated row")).append(" with an earlier row of the file");
            }
            if (result.skippedDuplicates() > 0) {
                message.append(", skipped ").append(count(result.skippedDuplicates(), "duplicate"));
            }
            if (!result.badLeftOut().isEmpty()) {
                message.append(", left out ").append(count(result.badLeftOut().size(), "bad row"));
            }
            onImported.accept(message.toString());
            close();
        }, failure -> {
            setWorking(false, failure instanceof CancellationException ? "Import cancelled; nothing was imported."
                    : "Nothing was imported: " + Messages.of(failure));
        });
    }

    private Progress progressReporter() {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                Platform.runLater(() -> {
                    progress.setProgress(total > 0 ? (double) done / total : ProgressBar.INDETERMINATE_PROGRESS);
                    progressText.setText(message);
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    private void setWorking(boolean now, String message) {
        working = now;
        progress.setVisible(now);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progressText.setText(message);
        importButton.setDisable(now || preview == null || preview.good().isEmpty());
        mapping.setDisable(now);
        nothingButton.setText(now ? "Cancel" : preview == null ? "Close" : "Import nothing");
    }

    private DuplicateChoice choiceFor(ImportCandidate candidate) {
        return choices.getOrDefault(candidate.client().id(), allDuplicates.getValue());
    }

    private String looksLike(ImportCandidate candidate) {
        return preview.duplicateOf(candidate).map(m -> m.existing().displayName() + " (in Rapport)")
                .or(() -> preview.repeatOf(candidate).map(r -> "Line " + r.earlier().line() + ": " + r.earlier().client().displayName()))
                .orElse("");
    }

    private String why(ImportCandidate candidate) {
        return preview.duplicateOf(candidate).map(DuplicateFinder.Match::reason)
                .or(() -> preview.repeatOf(candidate).map(ImportPreview.Repeat::reason))
                .orElse("");
    }

    private String status(ImportCandidate candidate) {
        if (candidate.isBad()) {
            return "Bad: " + String.join("; ", candidate.problems());
        }
        return preview.duplicateOf(candidate).map(m -> "Looks like " + m.existing().displayName() + " in Rapport (" + m.reason() + ")")
                .or(() -> preview.repeatOf(candidate).map(r -> "Looks like line " + r.earlier().line() + " (" + r.reason() + ")"))
                .orElse("OK");
    }

    private static String duplicatesSummary(ImportPreview read) {
        int total = read.duplicateCount() + read.repeatCount();
        if (total == 0) {
            return "";
        }
        return ", " + count(total, "likely duplicate") + (read.repeatCount() > 0 ? " (" + count(read.repeatCount(), "repeat") + " within the file)" : "");
    }

    private static TableColumn<ImportCandidate, String> column(String title, double width, java.util.function.Function<ImportCandidate, String> value) {
        TableColumn<ImportCandidate, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** For tests: the rows shown. */
    ObservableList<ImportCandidate> shownRows() {
        return rows.getItems();
    }
}
