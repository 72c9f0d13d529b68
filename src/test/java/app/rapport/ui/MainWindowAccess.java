package app.rapport.ui;

import app.rapport.service.RapportServices;
import javafx.scene.Scene;

import java.time.Clock;

/** The main window in a scene, for tests in other packages (MainWindow's constructor is what they need). */
public final class MainWindowAccess {
    private MainWindowAccess() {
    }

    public static Scene scene(RapportServices services, BackgroundWork background) {
        return RapportApplication.scene(new MainWindow(services, background, Clock.systemDefaultZone(), TestPreferences.fresh()), false);
    }
}
