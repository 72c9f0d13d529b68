package app.rapport.ui;

import app.rapport.service.RapportServices;
import app.rapport.ui.task.TaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

import java.time.Clock;

/** The main window in a scene, for tests in other packages (MainWindow's constructor is what they need). */
public final class MainWindowAccess {
    private MainWindowAccess() {
    }

    /** The window opened on the Clients section (the tests of the client workspace start there). */
    public static Scene scene(RapportServices services, TaskExecutor background) {
        MainWindow window = new MainWindow(services, background, Clock.systemDefaultZone(), TestPreferences.fresh());
        window.startOn(Section.CLIENTS);
        return RapportApplication.scene(window, false);
    }

    /** The window as the app opens it: on Today. */
    public static Scene sceneOnToday(RapportServices services, TaskExecutor background) {
        return RapportApplication.scene(new MainWindow(services, background, Clock.systemDefaultZone(), TestPreferences.fresh()), false);
    }

    /** The item with this id in one of the window's menus, to fire it as a click on it would. */
    public static MenuItem menuItem(Scene scene, String id) {
        MenuBar bar = (MenuBar) scene.getRoot().lookupAll(".menu-bar").iterator().next();
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
