package app.rapport.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits for JavaFX to lay a scene out, for what can only be done once it has been. */
public final class Pulses {
    private Pulses() {
    }

    /** Runs {@code action} once, on the FX thread, right after the next pulse has laid {@code scene} out. */
    public static void afterNextLayout(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                action.run();
            }
        });
        Platform.requestNextPulse();
    }
}
