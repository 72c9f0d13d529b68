package app.rapport.ui;

import app.rapport.domain.Permissions;
import app.rapport.service.RapportServices;
import app.rapport.service.RapportVersion;
import app.rapport.ui.calls.PhoneSystemDialog;
import app.rapport.ui.clients.TrashDialog;
import app.rapport.ui.contacts.DuplicatesDialog;
import app.rapport.ui.contacts.PhoneSettingsDialog;
import app.rapport.ui.control.Formatting;
import app.rapport.ui.data.DataActions;
import app.rapport.ui.help.HelpDialogs;
import app.rapport.ui.messages.MailingsDialog;
import app.rapport.ui.playbook.PlaybookDialog;
import app.rapport.ui.purchases.ProductCatalogDialog;
import app.rapport.ui.settings.DisplayFormatDialog;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.sync.TakeOfflineAction;
import app.rapport.ui.team.TeamServerActions;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The window's menu bar: File, Edit, Clients, Go, View and Help. Each menu's items are listed in
 * its own method below, in the order shown, so a new item is one line there; what an item does
 * lives in the actions it calls ({@link ClientActions}, {@link ContactFileActions},
 * {@link DataActions}, ...).
 */
final class WindowMenus {
    private final MainWindow owner;
    private final RapportServices services;
    private final TaskExecutor background;
    private final Clock clock;
    private final UiPreferences preferences;
    private final UndoManager undo;
    private final DataActions data;
    private final Navigation navigation;
    private final ClientActions clients;
    private final ContactFileActions files;
    private final MenuItem loadDemoItem = item("Load demo data\u2026", null, null);
    // what a desk login on a team server may not do; the server refuses them too, greying them out only says so up front
    private final MenuItem eraseItem;
    private final MenuItem exportItem;
    private final MenuItem playbookItem;
    private final MenuItem restoreItem;
    private final MenuBar bar;

    WindowMenus(MainWindow owner, RapportServices services, TaskExecutor background, Clock clock, UiPreferences preferences, UndoManager undo,
                DataActions data, Navigation navigation, ClientActions clients, ContactFileActions files) {
        this.owner = owner;
        this.services = services;
        this.background = background;
        this.clock = clock;
        this.preferences = preferences;
        this.undo = undo;
        this.data = data;
        this.navigation = navigation;
        this.clients = clients;
        this.files = files;
        loadDemoItem.setOnAction(event -> owner.loadDemo());
        eraseItem = item("Erase client for good\u2026", null, () -> clients.withSelectedClient("erase",
                client -> data.eraseClient(client, () -> { })));
        eraseItem.setId("erase-menu");
        exportItem = item("Export contacts\u2026", null, files::exportContacts);
        exportItem.setId("export-menu");
        playbookItem = item("Playbook\u2026", null,
                () -> PlaybookDialog.open(owner.window(), services.playbook(), services.briefs(), services.clients(), services.clock(),
                        navigation.selectedClient(), background, owner::report));
        playbookItem.setId("playbook-menu");
        restoreItem = data.restoreItem();
        bar = new MenuBar(file(), edit(), clientsMenu(), navigation.sections().goMenu(), view(), help());
    }

    MenuBar bar() {
        return bar;
    }

    /** File → Load demo data, greyed out while a demo loads. */
    MenuItem loadDemoItem() {
        return loadDemoItem;
    }

    /** Greys out what this desk's login may not do, once the server has said. */
    void allow(Permissions allowed) {
        eraseItem.setDisable(!allowed.erase());
        if (!allowed.restore()) {
            restoreItem.disableProperty().unbind(); // bound to "a backup or restore is running", which no longer matters
            restoreItem.setDisable(true);
        }
        exportItem.setDisable(!allowed.exportBook());
        playbookItem.setDisable(!allowed.editPlaybook());
    }

    /** What the team server's list of laptops calls this one: whom the desk works as, else the computer's user. */
    private String laptopName() {
        String person = preferences.workingAs();
        return (person == null || person.isBlank() ? System.getProperty("user.name") : person.strip()) + "'s laptop";
    }

    private Menu file() {
        MenuItem importItem = item("Import contacts\u2026", "Shortcut+I", files::importContacts);
        importItem.setId("import-menu");
        MenuItem phonesItem = item("Phone numbers\u2026", null, () -> PhoneSettingsDialog.open(owner.window(), services.contacts(), background,
                message -> {
                    owner.report(message);
                    navigation.selectInList(null);
                }));
        phonesItem.setId("phone-settings-menu");
        MenuItem phoneSystemItem = item("Phone system\u2026", null,
                () -> PhoneSystemDialog.open(owner.window(), owner.phoneSystem(), preferences, background, owner::report));
        phoneSystemItem.setId("phone-system-menu");
        TeamServerActions team = new TeamServerActions(() -> services, background, owner::window, preferences, owner::storeReplaced);
        Menu file = new Menu("File", null,
                importItem,
                exportItem,
                phonesItem,
                phoneSystemItem,
                new SeparatorMenuItem(),
                loadDemoItem,
                item("Trash\u2026", null, () -> TrashDialog.open(owner.window(), services.clients(), background, clock, owner::report)),
                new SeparatorMenuItem(),
                data.backUpNowItem(),
                restoreItem,
                data.encryptItem(),
                new SeparatorMenuItem(),
                team.connectItem(),
                team.moveItem(),
                new TakeOfflineAction(() -> services, background, owner::window, preferences, owner::storeReplaced, laptopName()).item(),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", Platform::exit));
        WindowLock lock = owner.windowLock();
        if (lock != null) {
            file.getItems().addAll(file.getItems().size() - 1, lock.menuItems());
            file.getItems().add(file.getItems().size() - 1, new SeparatorMenuItem());
        }
        return file;
    }

    private Menu edit() {
        MenuItem undoItem = item("Undo", "Shortcut+Z", owner::undoLast);
        undoItem.disableProperty().bind(undo.latestProperty().isNull());
        return new Menu("Edit", null, undoItem);
    }

    private Menu clientsMenu() {
        return new Menu("Clients", null,
                item("New client\u2026", "Shortcut+N", clients::newClient),
                item("Prepare call", "F5", clients::prepareCall),
                item("Edit client\u2026", "Shortcut+E", clients::editClient),
                item("Log touchpoint\u2026", "Shortcut+L", clients::logTouchpoint),
                item("Follow up\u2026", "Shortcut+Shift+F", () -> clients.followUp("")),
                item("Log a refusal\u2026", "Shortcut+Shift+R", clients::logRefusal),
                item("Delete client", null, clients::deleteClient),
                item("Export client's data\u2026", null, () -> clients.withSelectedClient("export", data::exportClient)),
                eraseItem,
                new SeparatorMenuItem(),
                item("Product catalog\u2026", null, () -> ProductCatalogDialog.open(owner.window(), services.purchases(), background, owner::report)),
                playbookItem,
                withId("segments-menu", item("Segments\u2026", null, clients::openSegments)),
                withId("templates-menu", item("Message templates\u2026", null, clients::openTemplates)),
                withId("mailings-menu", item("Mailings\u2026", null,
                        () -> MailingsDialog.open(owner.window(), services, background, owner::report, navigation::openClient))),
                new SeparatorMenuItem(),
                item("Find duplicates\u2026", null, () -> DuplicatesDialog.open(owner.window(), services.contacts(), background, undo,
                        owner::report, navigation::selectInList)),
                item("Export selected client as vCard\u2026", null, files::exportSelectedAsVCard),
                new SeparatorMenuItem(),
                item("Find client", "Shortcut+F", () -> navigation.focusSearch(owner.window().getScene())));
    }

    private Menu view() {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("dark-theme");
        dark.setSelected(preferences.darkTheme());
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setOnAction(event -> {
            Theme.apply(dark.isSelected());
            preferences.setDarkTheme(dark.isSelected());
            owner.report(dark.isSelected() ? "Dark theme on" : "Light theme on");
        });
        MenuItem formats = item("Dates and money\u2026", null, () -> DisplayFormatDialog.open(owner.window(), services, background, chosen -> {
            Formatting.use(chosen);
            owner.report("Dates now read like " + chosen.date(LocalDate.now(clock)) + ", amounts like " + chosen.money(new BigDecimal("1234.5"))
                    + "; open lists show it when they next refresh");
        }));
        formats.setId("display-format-menu");
        return new Menu("View", null, dark, formats);
    }

    private Menu help() {
        return new Menu("Help", null,
                withId("help-shortcuts-menu", item("Keyboard shortcuts", "F1", () -> HelpDialogs.shortcuts(owner.window()))),
                withId("help-getting-started-menu", item("Getting started", null, () -> HelpDialogs.gettingStarted(owner.window(),
                        new HelpDialogs.Actions(owner::loadDemo, files::importContacts, () -> navigation.show(Section.TODAY))))),
                new SeparatorMenuItem(),
                withId("help-about-menu", item("About Rapport", null, () -> HelpDialogs.about(owner.window(), RapportVersion.current(),
                        services.storeFile(), services.backups().folder()))));
    }

    private static MenuItem withId(String id, MenuItem item) {
        item.setId(id);
        return item;
    }

    /** A menu item with its shortcut (null for none) that runs {@code action} (null: set later). */
    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        if (action != null) {
            item.setOnAction(event -> action.run());
        }
        return item;
    }
}
