package org.triptych.ui;

import org.triptych.workbench.LinkRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.triptych.model.Language;

/**
 * The aligned side-by-side view: a header with the versions' captions and a virtualised list with one row per
 * English link. Columns share the width equally and any of them can be hidden. Left and right arrows choose the
 * column that the cell edits (move, insert, split, edit text) act on.
 */
final class AlignedView extends VBox {

    static final double NUMBER_WIDTH = 34;
    static final double BAR_WIDTH = 5;
    private static final double FIXED = NUMBER_WIDTH + BAR_WIDTH + 12 + 28; // spacing, padding and scroll bar
    /** The narrowest a column gets: three columns and a side panel fit a 1024-pixel window with room to spare. */
    static final double MIN_COLUMN = 80;

    private final AlignedViewModel model;
    private final ListView<LinkRow> list = new ListView<>();
    private final Map<Language, BooleanProperty> visible = new LinkedHashMap<>();
    private final HBox header = new HBox(6);
    private final DoubleBinding columnWidth;
    private final List<VersionColumnViewModel> captions;

    /** Built row nodes by row, dropped whenever the rows, the level or the visible columns change. */
    private final Map<LinkRow, HBox> rowNodes = new java.util.IdentityHashMap<>();

    HBox cachedRow(LinkRow row) {
        return rowNodes.get(row);
    }

    void cacheRow(LinkRow row, HBox box) {
        if (rowNodes.size() > 400) {
            rowNodes.clear(); // bounded: a long scroll does not keep every row's nodes alive
        }
        // which highlights the row was drawn with: a redraw for those highlights can keep it
        box.getProperties().put(DRAWN_WITH, model.highlights().revisionProperty().get());
        rowNodes.put(row, box);
    }

    private static final String DRAWN_WITH = "triptych.highlightsRevision";

    private BackTranslations backTranslations;
    private boolean redrawPending;
    private CellEditor editor;

    /** The cell being edited in place, or null. */
    CellEditor editor() {
        return editor;
    }

    /** Opens an editor in its cell (keeping what an open one holds first). */
    void startEditing(CellEditor e) {
        commitEditing();
        editor = e;
        redrawRow(e.row());
        e.focus();
    }

    /** Keeps what the open editor holds, if there is one: every command does this before it acts. */
    void commitEditing() {
        if (editor != null) {
            editor.commit();
        }
    }

    /** Called by the editor when it goes: the row is drawn again with its text, and the keyboard back on the list. */
    void editorClosed(CellEditor e) {
        if (editor == e) {
            editor = null;
            redrawRow(e.row());
            javafx.application.Platform.runLater(list::requestFocus);
        }
    }

    private void redrawRow(int row) {
        if (row >= 0 && row < model.rows().size()) {
            rowNodes.remove(model.rows().get(row));
        }
        list.refresh();
    }

    /** Draws every row again (new fonts): an open editor stays, the rows' cached nodes go. */
    void redrawAll() {
        rowNodes.clear();
        list.refresh();
    }

    DoubleBinding columnWidth() {
        return columnWidth;
    }

    /**
     * Draws every row again with its highlights, one frame from now. New findings change the findings list in the
     * same moment; laying out that list and all visible rows in one frame took 105–140 ms on the 2-core machine,
     * over the 100 ms a person notices, and in two frames each half stays well under it.
     */
    private void redrawNextFrame() {
        if (redrawPending) {
            return;
        }
        redrawPending = true;
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2) {
                    return; // this frame lays out what changed with the highlights (the findings list)
                }
                stop();
                redrawPending = false;
                // rows drawn since the highlights changed (a jump to the first match in the same moment) already
                // show them: only the older ones are built again, so a find-all does not build the screen twice
                int revision = model.highlights().revisionProperty().get();
                rowNodes.values().removeIf(box -> !Integer.valueOf(revision).equals(box.getProperties().get(DRAWN_WITH)));
                list.refresh();
            }
        }.start();
    }
    private final HoverTip hoverTip = new HoverTip();

    /** The hover box of highlighted words, one for the whole view. */
    HoverTip hoverTip() {
        return hoverTip;
    }

    /**
     * Shows back-translations as lighter read-only columns, each beside its version, while their View menu item is on.
     */
    void showBackTranslations(BackTranslations back) {
        this.backTranslations = back;
        for (Language l : languages()) {
            observeBackTranslation(l);
        }
        rebuild();
    }

    private final java.util.Set<Language> observedBackTranslations = new java.util.HashSet<>();

    private void observeBackTranslation(Language l) {
        if (backTranslations == null || l.equals(Language.ENGLISH) || !observedBackTranslations.add(l)) {
            return;
        }
        backTranslations.shownProperty(l).addListener((o, a, b) -> rebuild());
        backTranslations.rowTexts(l).addListener((javafx.collections.MapChangeListener<Integer, String>) c -> {
            rowNodes.clear();
            list.refresh();
        });
    }

    /** Whether the back-translation column of a version is shown now. */
    boolean showsBackTranslation(Language l) {
        return backTranslations != null && !l.equals(Language.ENGLISH) && isVisible(l)
                && backTranslations.shownProperty(l).get();
    }

    BackTranslations backTranslations() {
        return backTranslations;
    }

    AlignedView(AlignedViewModel model, List<VersionColumnViewModel> captions) {
        this.model = model;
        this.captions = captions;
        getStyleClass().add("aligned-view");
        columnWidth = Bindings.createDoubleBinding(() -> {
            long n = Math.max(1, languages().stream().filter(this::isVisible).count()
                    + languages().stream().filter(this::showsBackTranslation).count());
            // columns share the width and shrink with the window (their text wraps); never so narrow a word is cut
            return Math.max(MIN_COLUMN, (list.getWidth() - FIXED) / n);
        }, list.widthProperty());
        list.setId("aligned-list");
        list.setItems(model.rows());
        list.setCellFactory(lv -> new AlignedRowCell(model, this, columnWidth));
        list.setPlaceholder(new Label("Open a project, the sample, or import an English version (File menu)"));
        VBox.setVgrow(list, Priority.ALWAYS);
        header.getStyleClass().add("aligned-header");
        getChildren().addAll(header, list);
        rebuild();

        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            // -1 comes when an edit replaces the rows: the row the person works on stays selected in the model
            if (b.intValue() >= 0 && model.selectedRowProperty().get() != b.intValue()) {
                model.selectedRowProperty().set(b.intValue());
            }
        });
        model.selectedRowProperty().addListener((o, a, b) -> {
            if (editor != null && editor.row() != b.intValue()) {
                editor.commit(); // another row chosen: the edit is kept, as in a spreadsheet
            }
            select(b.intValue());
        });
        // a row's nodes stay valid while the row object and the text stay the same: edits keep the rows they do
        // not touch, so only changed rows are built again
        model.rows().addListener((javafx.collections.ListChangeListener<LinkRow>) c -> select(model.selectedRowProperty().get()));
        model.stateProperty().addListener((o, a, b) -> {
            if (a == null || b == null || a.article() != b.article()) {
                rowNodes.clear();
            }
            if (a == null || b == null || !languagesOf(a).equals(languagesOf(b))) {
                rebuild(); // a version added or removed: columns and captions follow
            }
        });
        model.levelProperty().addListener((o, a, b) -> rowNodes.clear());
        model.rebuiltProperty().addListener((o, a, b) -> {
            editor = null; // whatever the failure left half-drawn goes, the open editor with it
            rebuild();
        });
        // terms matched or findings replaced: every row is drawn again with its highlights
        model.highlights().revisionProperty().addListener((o, a, b) -> redrawNextFrame());
        // the find bar moved on (F3): only the rows of the old and the new current match are built again
        model.highlights().currentHitProperty().addListener((o, a, b) -> {
            for (org.triptych.workbench.TextSearch.Hit h : new org.triptych.workbench.TextSearch.Hit[] {a, b}) {
                if (h != null && h.row() >= 0 && h.row() < model.rows().size()) {
                    rowNodes.remove(model.rows().get(h.row()));
                }
            }
            list.refresh();
        });
        model.selectedColumnProperty().addListener((o, a, b) -> list.refresh());
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() || e.isShortcutDown() || CellEditor.typingIn(e.getTarget())) {
                return;
            }
            if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
                shiftColumn(e.getCode() == KeyCode.RIGHT ? 1 : -1);
                e.consume();
            }
        });
    }

    private void select(int row) {
        if (row < 0 || row >= list.getItems().size()) {
            return;
        }
        if (list.getSelectionModel().getSelectedIndex() != row) {
            list.getSelectionModel().select(row);
        }
        if (!isShown(row)) {
            list.scrollTo(Math.max(0, row - 2));
        }
    }

    private boolean isShown(int row) {
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return false;
        }
        return row > flow.getFirstVisibleCell().getIndex() && row < flow.getLastVisibleCell().getIndex();
    }

    private void shiftColumn(int delta) {
        List<Language> shown = languages().stream().filter(this::isVisible).toList();
        int i = shown.indexOf(model.selectedColumnProperty().get());
        int next = Math.max(0, Math.min(shown.size() - 1, i + delta));
        if (!shown.isEmpty()) {
            model.selectedColumnProperty().set(shown.get(next));
        }
    }

    private static List<Language> languagesOf(org.triptych.workbench.ProjectState s) {
        return s.article().versions().stream().map(v -> v.language()).toList();
    }

    /** The project's versions in column order: English, then the others (a fourth version adds a column). */
    List<Language> languages() {
        return model.article().versions().stream().map(v -> v.language()).toList();
    }

    private void rebuild() {
        rowNodes.clear();
        header.getChildren().clear();
        Region gap = new Region();
        gap.setMinWidth(NUMBER_WIDTH + BAR_WIDTH + 6);
        header.getChildren().add(gap);
        for (Language l : languages()) {
            if (!isVisible(l)) {
                continue;
            }
            Label caption = new Label();
            VersionColumnViewModel c = captions.stream().filter(x -> x.language().equals(l)).findFirst().orElse(null);
            if (c != null) {
                caption.textProperty().bind(c.captionProperty());
            } else {
                caption.setText("\u200E" + l.displayName() + "\u200E");
            }
            caption.getStyleClass().add("column-caption");
            caption.setId("caption-" + l.code());
            caption.minWidthProperty().bind(columnWidth);
            caption.prefWidthProperty().bind(columnWidth);
            caption.maxWidthProperty().bind(columnWidth);
            header.getChildren().add(caption);
            observeBackTranslation(l);
            if (showsBackTranslation(l)) {
                header.getChildren().add(BackTranslationColumn.caption(l, columnWidth));
            }
        }
        columnWidth.invalidate();
        list.refresh();
    }

    /** Whether a version's column is shown (View menu); every version starts shown. */
    BooleanProperty visibleProperty(Language language) {
        return visible.computeIfAbsent(language, l -> {
            BooleanProperty shown = new SimpleBooleanProperty(true);
            shown.addListener((o, a, b) -> rebuild());
            return shown;
        });
    }

    boolean isVisible(Language language) {
        BooleanProperty p = visible.get(language);
        return p == null || p.get();
    }

    ListView<LinkRow> list() {
        return list;
    }
}
