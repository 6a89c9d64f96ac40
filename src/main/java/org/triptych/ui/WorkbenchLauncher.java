package org.triptych.ui;

import javafx.application.Application;

/**
 * Starts the JavaFX application. A separate class without JavaFX in its type hierarchy lets the jar's plain
 * classpath launch JavaFX (a main class extending Application would need the module path).
 */
public final class WorkbenchLauncher {

    private WorkbenchLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
