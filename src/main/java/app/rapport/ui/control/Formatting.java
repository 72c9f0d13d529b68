package app.rapport.ui.control;

import app.rapport.domain.DisplayFormat;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.scene.control.DatePicker;

import javafx.util.converter.LocalDateStringConverter;

/**
 * The display format every view of this window writes dates and amounts with. It plays the part
 * the JDK's default locale plays for a plain program: one choice for the whole window, made when
 * the store opens (from the book's settings over the user's locale) and again when the user
 * changes it, so no view formats a date its own way.
 */
public final class Formatting {
    private static volatile DisplayFormat current = new DisplayFormat(Locale.getDefault(Locale.Category.FORMAT),
            DisplayFormat.localCurrency(Locale.getDefault(Locale.Category.FORMAT)));

    private Formatting() {
    }

    public static DisplayFormat current() {
        return current;
    }

    /** From now on, views write dates and amounts with {@code format}. */
    public static void use(DisplayFormat format) {
        current = format;
    }

    /**
     * Makes {@code picker} show and read days as the display format types them (its locale's
     * short form, the year in full), not as the computer's locale would.
     */
    public static void typedDays(DatePicker picker) {
        Locale locale = current.locale();
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale)
                .replaceAll("y+", "yyyy");
        DateTimeFormatter typed = DateTimeFormatter.ofPattern(pattern, locale);
        picker.setConverter(new LocalDateStringConverter(typed, typed));
    }
}
