package app.rapport.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayFormatTest {
    private static final LocalDate APRIL_12 = LocalDate.of(2026, 4, 12);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void aBritishSalonReadsDayBeforeMonthAndPounds() {
        DisplayFormat format = DisplayFormat.from(Map.of(), Locale.UK, new ArrayList<>());

        assertThat(format.date(APRIL_12)).isEqualTo("12 Apr 2026");
        assertThat(format.dayInWords(APRIL_12, TODAY)).isEqualTo("12 April");
        assertThat(format.dayInWords(APRIL_12, TODAY.plusYears(1))).isEqualTo("12 April 2026");
        assertThat(format.longDate(APRIL_12)).isEqualTo("12 April 2026");
        assertThat(format.money(new BigDecimal("1234.5"))).isEqualTo("£1,234.50");
    }

    @Test
    void anAmericanShopReadsMonthFirstAndDollars() {
        DisplayFormat format = DisplayFormat.from(Map.of(), Locale.US, new ArrayList<>());

        assertThat(format.date(APRIL_12)).isEqualTo("Apr 12, 2026");
        assertThat(format.dayInWords(APRIL_12, TODAY)).isEqualTo("April 12");
        assertThat(format.weekdayAndDay(APRIL_12)).isEqualTo("Sunday, April 12");
        assertThat(format.money(new BigDecimal("1234.5"))).isEqualTo("$1,234.50");
    }

    @Test
    void theSettingsOverrideTheComputersLocaleAndCurrency() {
        DisplayFormat format = DisplayFormat.from(Map.of(DisplayFormat.LOCALE_SETTING, "en-GB", DisplayFormat.CURRENCY_SETTING, "eur"),
                Locale.US, new ArrayList<>());

        assertThat(format.date(APRIL_12)).isEqualTo("12 Apr 2026");
        assertThat(format.currency()).contains(Currency.getInstance("EUR"));
        assertThat(format.money(new BigDecimal("20"))).isEqualTo("€20.00");
    }

    @Test
    void aSettingThatNamesNothingIsIgnoredAndSaidSo() {
        List<String> warnings = new ArrayList<>();
        DisplayFormat format = DisplayFormat.from(Map.of(DisplayFormat.LOCALE_SETTING, "not a locale!", DisplayFormat.CURRENCY_SETTING, "POUNDS"),
                Locale.UK, warnings);

        assertThat(format.locale()).isEqualTo(Locale.UK);
        assertThat(format.currency()).contains(Currency.getInstance("GBP"));
        assertThat(warnings).hasSize(2).anySatisfy(w -> assertThat(w).contains("display.locale").contains("not a locale!"))
                .anySatisfy(w -> assertThat(w).contains("business.currency").contains("POUNDS"));
    }

    @Test
    void aLanguageWithoutACountryHasNoCurrencyAndShowsPlainAmounts() {
        DisplayFormat format = DisplayFormat.from(Map.of(), Locale.ENGLISH, new ArrayList<>());

        assertThat(format.currency()).isEmpty();
        assertThat(format.money(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
    }

    @Test
    void aGermanLongDateLosesOnlyItsYear() {
        DisplayFormat format = new DisplayFormat(Locale.GERMANY, null);

        assertThat(format.dayInWords(APRIL_12, TODAY)).isEqualTo("12. April");
    }
}
