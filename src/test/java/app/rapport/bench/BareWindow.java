package app.rapport.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up baseline: a JavaFX window that shows one label, started the same way as Rapport.
 * It prints the same line Rapport prints once its client list is on screen.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("Hello"), 1180, 760);
            Runnable shown = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    System.out.println("rapport-benchmark: clients shown");
                    System.out.flush();
                }
            };
            stage.setScene(scene);
            stage.show();
            scene.addPostLayoutPulseListener(shown);
            Platform.requestNextPulse();
        }
    }
}
