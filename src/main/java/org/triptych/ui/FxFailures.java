package org.triptych.ui;

import java.util.HashSet;
import java.util.Set;
import javafx.application.Platform;

/**
 * What happens to a failure on the FX thread (a bug while drawing a row, say): it must not leave a garbled table. It
 * is logged, said once in the status line (the same failure again says nothing new), and the view is drawn again from
 * the session, which the failure did not touch: nothing is lost.
 */
final class FxFailures implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger(FxFailures.class.getName());

    private final AlignedViewModel aligned;
    private final Set<String> said = new HashSet<>();

    private FxFailures(AlignedViewModel aligned) {
        this.aligned = aligned;
    }

    /** Installs the handler on the FX thread; call on it. */
    static void handleOnFxThread(AlignedViewModel aligned) {
        Thread.currentThread().setUncaughtExceptionHandler(new FxFailures(aligned));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        LOG.log(System.Logger.Level.ERROR, "Failure on the FX thread", e);
        String where = e.getStackTrace().length == 0 ? "" : e.getStackTrace()[0].toString();
        if (said.add(e.getClass().getName() + where)) {
            aligned.noticeProperty().set("Something went wrong while drawing the view; it was drawn again from the"
                    + " project and nothing was lost (details in the log)");
        }
        Platform.runLater(aligned::rebuildView);
    }
}
