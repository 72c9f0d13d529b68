package app.rapport.ui.control;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.MultipleSelectionModel;

import java.util.function.Consumer;

/** Keeps a list's (or table's) selection and the item a view model has chosen together. */
public final class Chosen {
    private Chosen() {
    }

    /**
     * Choosing a row chooses its item in the model; the model's choice (after a reload, say) is
     * selected and handed to {@code scrollTo}, and no choice clears the selection.
     */
    public static <T> void bind(MultipleSelectionModel<T> selection, ObjectProperty<T> chosen, Consumer<T> scrollTo) {
        selection.selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null) {
                chosen.set(now);
            }
        });
        follow(selection, chosen, scrollTo);
    }

    /** Only the model's side of {@link #bind}: its choice is selected, no choice clears the selection. */
    public static <T> void follow(MultipleSelectionModel<T> selection, ObjectProperty<T> chosen, Consumer<T> scrollTo) {
        chosen.addListener((observable, before, now) -> {
            if (now == null) {
                selection.clearSelection();
            } else if (selection.getSelectedItem() != now) {
                selection.select(now);
                scrollTo.accept(now);
            }
        });
    }
}
