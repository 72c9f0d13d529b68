package app.rapport.ui.data;

import app.rapport.domain.ClientSummary;
import app.rapport.service.BackupService;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeping the client book safe, from the menus: back up now, restore, encrypt the store, and a
 * client's data (export everything about them, or erase them for good). Work runs in the
 * background; the long kinds show a progress window with Cancel, which leaves everything as it was.
 */
public final class DataActions {
    private final RapportServices services;
    private final TaskExecutor background;
    private final Supplier<Window> window;
    private final Consumer<String> report;
    private final Consumer<RapportServices.Replaced> storeReplaced;
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /**
     * @param storeReplaced called with the services over the restored or encrypted store (the
     *                      ones given here are closed by then) and the message to show
     */
    public DataActions(RapportServices services, TaskExecutor background, Supplier<Window> window, Consumer<String> report,
                       Consumer<RapportServices.Replaced> storeReplaced) {
        this.services = services;
        this.background = background;
        this.window = window;
        this.report = report;
        this.storeReplaced = storeReplaced;
    }

    /** True while a backup, restore or encryption runs; the status bar shows progress then. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public MenuItem backUpNowItem() {
        MenuItem item = new MenuItem("Back up now");
        item.setId("back-up-now");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+B"));
        item.disableProperty().bind(busy);
        item.setOnAction(event -> backUpNow());
        return item;
    }

    public MenuItem restoreItem() {
        MenuItem item = new MenuItem("Restore from backup\u2026");
        item.setId("restore");
        item.disableProperty().bind(busy);
        item.setOnAction(event -> chooseBackupToRestore());
        return item;
    }

    public MenuItem encryptItem() {
        MenuItem item = new MenuItem("Encrypt this store\u2026");
        item.setId("encrypt-store");
        item.disableProperty().bind(busy);
        item.setOnAction(event -> encrypt());
        return item;
    }

    /** Backs up into the store's backup folder (the newest ones are kept), with progress and Cancel. */
    public void backUpNow() {
        withProgress("Back up now", "Backing up your store", services.backups()::backUpNow, backup -> {
            busy.set(false);
            report.accept(backedUp(backup, "Backed up"));
        }, failure -> failed("Could not back up: ", failure));
    }

    /**
     * Runs {@code work} in the background under a {@link ProgressWindow}; a cancel ends in its own
     * message ("Backup cancelled; ..."), anything else goes to {@code failure}.
     */
    private <T> void withProgress(String title, String heading, BackgroundTask.Work<T> work, Consumer<T> done, Consumer<Throwable> failure) {
        start(heading + "\u2026");
        BackgroundTask<T> task = BackgroundTask.withProgress(work);
        ProgressWindow progress = ProgressWindow.open(window.get(), title, heading, task);
        background.execute(task.onSuccess(result -> {
            progress.close();
            done.accept(result);
        }).onFailure(problem -> {
            progress.close();
            if (problem instanceof CancellationException) {
                busy.set(false);
                report.accept(Messages.of(problem));
            } else {
                failure.accept(problem);
            }
        }));
    }

    /** Backs up once a day when the window opens, quietly unless it fails. */
    public void backUpIfDue() {
        background.run(services.backups()::backUpIfDue, backup -> backup.ifPresent(done -> report.accept(backedUp(done, "Daily backup"))),
                failure -> report.accept("The daily backup failed: " + Messages.of(failure)));
    }

    private static String backedUp(BackupService.Backup backup, String what) {
        return what + ": " + clients(backup.clients()) + " in " + backup.file() + " (" + size(backup.sizeBytes()) + ", verified)";
    }

    private void chooseBackupToRestore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Restore from a backup");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Rapport backups", "*.zip", "*.mv.db"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Path folder = services.backups().folder();
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showOpenDialog(window.get());
        if (chosen != null) {
            restore(chosen.toPath());
        }
    }

    /** Checks {@code backup}, asks to confirm what it replaces, then restores and reopens the store. */
    public void restore(Path backup) {
        withProgress("Restore from backup", "Checking " + backup.getFileName(), progress -> services.backups().check(backup, progress), contents -> {
            busy.set(false);
            report.accept("The backup is sound: " + clients(contents.clients()) + " in " + backup);
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
            confirm.initOwner(window.get());
            confirm.setTitle("Restore from backup");
            confirm.setHeaderText("Replace your store with this backup?");
            confirm.setContentText(backup + " holds " + clients(contents.clients()) + ".\n\nEverything you saved since that backup "
                    + "leaves the window, but not your disk: your current store is kept in " + services.backups().folder()
                    + ", so you can restore it in turn.");
            ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
            confirm.getButtonTypes().setAll(restore, ButtonType.CANCEL);
            confirm.showAndWait().filter(restore::equals).ifPresentOrElse(yes -> replaceStore(backup),
                    () -> report.accept("Nothing was restored."));
        }, failure -> failed("", failure));
    }

    private void replaceStore(Path backup) {
        withProgress("Restore from backup", "Restoring " + backup.getFileName(), progress -> services.restoreFrom(backup, progress), replaced -> {
            busy.set(false);
            storeReplaced.accept(replaced);
        }, this::replaceFailed);
    }

    private void encrypt() {
        if (services.isEncrypted()) {
            report.accept("This store is already encrypted.");
            return;
        }
        start("Looking for unencrypted backups\u2026");
        background.run(() -> services.unencryptedBackups().size(), plainBackups -> {
            busy.set(false);
            report.accept("");
            EncryptDialog.ask(window.get(), services.storeName(), plainBackups).ifPresent(choice -> {
                withProgress("Encrypt this store", "Encrypting your store",
                        progress -> services.encrypt(choice.password(), choice.keepPlainCopy(), choice.deletePlainBackups(), progress), replaced -> {
                    busy.set(false);
                    storeReplaced.accept(replaced);
                }, this::replaceFailed);
            });
        }, failure -> failed("", failure));
    }

    private void replaceFailed(Throwable failure) {
        busy.set(false);
        if (failure instanceof RapportServices.StoreReplaceFailedException reopened) {
            storeReplaced.accept(new RapportServices.Replaced(reopened.services(), Messages.of(failure)));
        } else {
            failed("", failure);
        }
    }

    /** Saves everything about {@code client} to a JSON file the user chooses. */
    public void exportClient(ClientSummary client) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save everything about " + client.displayName());
        chooser.setInitialFileName(client.displayName().replaceAll("[^\\p{L}\\p{N} .-]", "") + ".json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File chosen = chooser.showSaveDialog(window.get());
        if (chosen == null) {
            return;
        }
        start("Saving everything about " + client.displayName() + "\u2026");
        background.run(() -> services.privacy().exportClient(client.id(), chosen.toPath(), true), export -> {
            busy.set(false);
            report.accept(export.map(done -> "Saved " + done.records() + " records about " + client.displayName() + " to " + done.file())
                    .orElse(client.displayName() + " is no longer in your client book."));
        }, failure -> failed("Could not save the export: ", failure));
    }

    /**
     * Asks to confirm, then erases {@code client} everywhere; {@code erased} runs afterwards.
     * There is no undo: that is the point of an erase.
     */
    public void eraseClient(ClientSummary client, Runnable erased) {
        Alert confirm = new Alert(Alert.AlertType.WARNING);
        confirm.initOwner(window.get());
        confirm.setTitle("Erase client");
        confirm.setHeaderText("Erase " + client.displayName() + " for good?");
        confirm.setContentText("This removes " + client.displayName() + " and their touchpoints, notes, purchases, follow-ups and "
                + "every audit-log entry about them. It cannot be undone.\n\nBackups taken before now still hold them until "
                + "they are rotated out. To keep a copy for them first, use Export client's data.");
        ButtonType erase = new ButtonType("Erase for good", ButtonBar.ButtonData.OK_DONE);
        confirm.getButtonTypes().setAll(ButtonType.CANCEL, erase);
        ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(erase)).setDefaultButton(false);
        ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        confirm.getDialogPane().lookupButton(erase).setId("confirm-erase");
        confirm.showAndWait().filter(erase::equals).ifPresentOrElse(yes -> {
            withProgress("Erase client", "Erasing " + client.displayName(), progress -> services.privacy().erase(client.id(), progress), done -> {
                busy.set(false);
                report.accept(done.map(rows -> "Erased " + client.displayName() + " (" + rows.total() + " records, the audit log's included)")
                        .orElse(client.displayName() + " was already gone."));
                erased.run();
            }, failure -> failed("Could not erase " + client.displayName() + ": ", failure));
        }, () -> report.accept(client.displayName() + " was not erased."));
    }

    private void start(String message) {
        busy.set(true);
        report.accept(message);
    }

    private void failed(String prefix, Throwable failure) {
        busy.set(false);
        report.accept(prefix + Messages.of(failure));
    }

    private static String clients(int count) {
        return NumberFormat.getIntegerInstance().format(count) + (count == 1 ? " client" : " clients");
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024
                ? String.format(Locale.getDefault(), "%.0f KB", Math.max(1, bytes / 1024.0))
                : String.format(Locale.getDefault(), "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
