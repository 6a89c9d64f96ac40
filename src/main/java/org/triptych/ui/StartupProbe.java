package org.triptych.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;

/**
 * For the start-up benchmark: when the system property {@code triptych.startupMarker} names a file, the first time
 * a project is shown and a frame with it has been rendered, the file is written and the application exits. Without
 * the property nothing happens.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    static void watch(ObservableValue<?> project) {
        String marker = System.getProperty("triptych.startupMarker");
        if (marker == null) {
            return;
        }
        project.addListener((obs, old, now) -> new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) { // the frame after the one that laid out the new rows
                    stop();
                    try {
                        Files.writeString(Path.of(marker), Long.toString(System.currentTimeMillis()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    Platform.exit();
                }
            }
        }.start());
    }
}
