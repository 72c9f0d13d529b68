package app.rapport.ui;

import app.rapport.service.RapportServices;
import app.rapport.ui.task.TaskExecutor;
import javafx.scene.Scene;

import java.time.Clock;

/** The main window in a scene, for tests in other packages (MainWindow's constructor is what they need). */
public final class MainWindowAccess {
    private MainWindowAccess() {
    }

    /** The window opened on the Clients section (the tests of the client workspace start there). */
    public static Scene scene(RapportServices services, TaskExecutor background) {
        MainWindow window = new MainWindow(services, background, Clock.systemDefaultZone(), TestPreferences.fresh());
        window.startOn("clients");
        return RapportApplication.scene(window, false);
    }

    /** The window as the app opens it: on Today. */
    public static Scene sceneOnToday(RapportServices services, TaskExecutor background) {
        return RapportApplication.scene(new MainWindow(services, background, Clock.systemDefaultZone(), TestPreferences.fresh()), false);
    }
}
