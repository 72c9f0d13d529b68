package app.rapport.ui.purchases;

import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date picker whose typed text is the truth. JavaFX's own picker, when the text is no date
 * ("2/31/2025"), throws from its focus listener or puts back the previous date, so the user could
 * save a date they never chose. Here the typed text stays as typed, and the form reads and checks it.
 */
final class DateField extends DatePicker {
    /** Text that just failed to parse; shown again instead of the previous date. */
    private String rejected;

    DateField(StringProperty text) {
        setEditable(true);
        setShowWeekNumbers(false);
        setPromptText(Formats.datePattern().toLowerCase());
        setMaxWidth(Double.MAX_VALUE);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                if (rejected != null && rejected.equals(getEditor().getText())) {
                    return rejected;
                }
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String typed) {
                rejected = null;
                if (typed == null || typed.isBlank()) {
                    return null;
                }
                try {
                    return Formats.parseDate(typed);
                } catch (DateTimeParseException e) {
                    // Keep the value and the text as they are; the form reads the text and says what is wrong.
                    rejected = typed;
                    return getValue();
                }
            }
        });
        valueProperty().addListener((observable, before, now) -> rejected = null);
        String initial = text.get();
        if (initial != null && !initial.isBlank()) {
            try {
                setValue(Formats.parseDate(initial));
            } catch (DateTimeParseException e) {
                // the text is shown as it is
            }
        }
        getEditor().textProperty().bindBidirectional(text);
    }
}
