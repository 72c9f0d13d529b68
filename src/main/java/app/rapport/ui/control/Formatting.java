package app.rapport.ui.control;

import app.rapport.domain.DisplayFormat;

import java.util.Locale;

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
}
