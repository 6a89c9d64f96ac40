package org.triptych.ui;

import org.triptych.workbench.TaskRunner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * Runs work on a background thread pool through JavaFX {@link Task}s and publishes the progress of the latest task
 * as properties the status bar binds to. Callbacks arrive on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "triptych-worker");
        t.setDaemon(true);
        return t;
    });
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private String idleMessage = "";
    private Task<?> current;

    @Override
    public <T> Running run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title + "…");
                updateProgress(-1, 1);
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total, String msg) {
                        updateProgress(done, total);
                        if (msg != null) {
                            updateMessage(msg);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return stopped(); // the task's flag (a bare isCancelled() here would call itself)
                    }
                });
            }

            private boolean stopped() {
                return isCancelled();
            }
        };
        task.setOnSucceeded(e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            boolean shown = task == current;
            finished(task);
            if (shown && !message.isBound()) {
                // only the task the status line showed says so; a task replaced by a newer one goes quietly (the
                // line is bound to the newer one, and setting it threw)
                message.set(title + ": cancelled");
            }
        });
        current = task;
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        busy.set(true);
        executor.submit(task);
        return () -> task.cancel(true);
    }

    private void finished(Task<?> task) {
        if (task == current) {
            message.unbind();
            message.set(idleMessage); // not the task's last step ("Matching glossary terms…") once it is over
            progress.unbind();
            progress.set(0);
            busy.set(false);
            current = null;
        }
    }

    /** Cancels the task the status bar shows. */
    public void cancelCurrent() {
        if (current != null) {
            current.cancel(true);
        }
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Sets the status text when no task is running. */
    public void setIdleMessage(String text) {
        idleMessage = text == null ? "" : text;
        if (!message.isBound()) {
            message.set(text);
        }
    }
}
