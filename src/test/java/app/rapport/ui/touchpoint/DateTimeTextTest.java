package app.rapport.ui.touchpoint;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates and times as typed: the locale's short form, the year in full, nothing quietly "fixed". */
class DateTimeTextTest {
    private static final LocalDate EXAMPLE = LocalDate.of(2025, 3, 12);
    private final DateTimeText us = new DateTimeText(Locale.US);
    private final DateTimeText german = new DateTimeText(Locale.GERMANY);

    @Test
    void datesAreWrittenAndReadInTheLocalesShortFormWithTheYearInFull() {
        assertThat(us.format(EXAMPLE)).isEqualTo("3/12/2025");
        assertThat(german.format(EXAMPLE)).isEqualTo("12.03.2025");
        assertThat(us.parseDate("3/12/2025", EXAMPLE)).isEqualTo(EXAMPLE);
        assertThat(german.parseDate(" 12.3.2025 ", EXAMPLE)).isEqualTo(EXAMPLE);
    }

    @Test
    void anImpossibleDateIsRefusedWithTheReason() {
        assertThatThrownBy(() -> us.parseDate("2/30/2025", EXAMPLE)).hasMessage("February 2025 has no day 30: it has 28 days.");
        assertThatThrownBy(() -> german.parseDate("29.02.2025", EXAMPLE)).hasMessage("February 2025 has no day 29: it has 28 days.");
        assertThat(german.parseDate("29.02.2024", EXAMPLE)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> us.parseDate("13/1/2025", EXAMPLE)).hasMessage("There is no month 13; type the date like 3/12/2025.");
        assertThatThrownBy(() -> us.parseDate("next week", EXAMPLE)).hasMessage("\u201cnext week\u201d is not a date; type it like 3/12/2025.");
        assertThatThrownBy(() -> us.parseDate("  ", EXAMPLE)).hasMessage("Type a date, like 3/12/2025.");
        assertThat(us.parseDate("3/12/25", EXAMPLE).getYear()).as("the form then asks for the year in full").isEqualTo(25);
    }

    @Test
    void timesAreReadInTheLocalesFormOrAsTwentyFourHours() {
        LocalTime fivePast = LocalTime.of(14, 5);
        assertThat(us.format(fivePast)).isEqualTo("2:05 PM");
        assertThat(us.parseTime("2:05 pm", fivePast)).isEqualTo(fivePast);
        assertThat(us.parseTime("14:05", fivePast)).isEqualTo(fivePast);
        assertThat(german.format(fivePast)).isEqualTo("14:05");
        assertThat(german.parseTime("1405", fivePast)).isEqualTo(fivePast);
        assertThatThrownBy(() -> german.parseTime("25:00", fivePast)).hasMessage("\u201c25:00\u201d is not a time; type it like 14:05.");
    }

    @Test
    void theYearOfTheLocalesPatternBecomesAFullProlepticYear() {
        assertThat(DateTimeText.fullYear("M/d/yy")).isEqualTo("M/d/uuuu");
        assertThat(DateTimeText.fullYear("dd.MM.y")).isEqualTo("dd.MM.uuuu");
        assertThat(DateTimeText.fullYear("d 'de' MMMM 'yy' yy")).isEqualTo("d 'de' MMMM 'yy' uuuu");
        assertThat(DateTimeText.forgiving("dd.MM.uuuu")).isEqualTo("d.M.u");
        assertThat(DateTimeText.forgiving("d MMM uuuu")).isEqualTo("d MMM u");
    }
}
