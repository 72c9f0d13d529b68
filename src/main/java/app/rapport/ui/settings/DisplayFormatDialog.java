package app.rapport.ui.settings;

import app.rapport.domain.DisplayFormat;
import app.rapport.service.RapportServices;
import app.rapport.service.ValidationException;
import app.rapport.ui.Messages;
import app.rapport.ui.task.TaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import javafx.util.StringConverter;

/**
 * View → Dates and money: how dates are written (the computer's language and country, or one the
 * owner picks) and the business's currency, with an example of both as they will read.
 */
public final class DisplayFormatDialog extends Dialog<ButtonType> {
    /** The choice "as the computer says": an empty tag or code in the settings. */
    private static final String OWN = "";
    private static final List<String> LOCALES = List.of(OWN, "en-GB", "en-IE", "en-US", "en-CA", "en-AU", "en-NZ", "en-ZA", "en-IN",
            "de-DE", "de-AT", "de-CH", "fr-FR", "fr-BE", "fr-CH", "es-ES", "it-IT", "nl-NL", "nl-BE", "pt-PT", "pt-BR", "sv-SE", "da-DK",
            "nb-NO", "fi-FI", "pl-PL", "cs-CZ");
    private static final List<String> CURRENCIES = List.of(OWN, "GBP", "EUR", "USD", "CAD", "AUD", "NZD", "CHF", "ZAR", "INR", "SEK",
            "DKK", "NOK", "PLN", "CZK", "BRL", "JPY");
    private static final LocalDate EXAMPLE_DAY = LocalDate.of(2026, 4, 12);
    private static final BigDecimal EXAMPLE_AMOUNT = new BigDecimal("1234.50");

    private final RapportServices services;
    private final ComboBox<String> locale = new ComboBox<>();
    private final ComboBox<String> currency = new ComboBox<>();
    private final Label example = new Label();
    private final Label problem = new Label();

    private DisplayFormatDialog(Window owner, RapportServices services, TaskExecutor background, Consumer<DisplayFormat> chosen) {
        this.services = services;
        initOwner(owner);
        setTitle("Dates and money");
        setHeaderText("How dates and amounts read, in lists, briefs, dialogs and messages");
        Locale own = services.userLocale();
        locale.setItems(FXCollections.observableArrayList(LOCALES));
        locale.setConverter(words(tag -> tag.isEmpty() ? "As this computer says (" + own.getDisplayName(Locale.ENGLISH) + ")"
                : DisplayFormat.locale(tag).map(l -> l.getDisplayName(Locale.ENGLISH)).orElse(tag)));
        currency.setItems(FXCollections.observableArrayList(CURRENCIES));
        currency.setConverter(words(code -> code.isEmpty() ? "The currency of the country above"
                : code + " \u2014 " + Currency.getInstance(code).getDisplayName(Locale.ENGLISH)));
        DisplayFormat now = services.displayFormat();
        String tagNow = now.locale().equals(own) ? OWN : now.locale().toLanguageTag();
        if (!locale.getItems().contains(tagNow)) {
            locale.getItems().add(tagNow);
        }
        locale.setValue(tagNow);
        Currency localCurrency = DisplayFormat.localCurrency(now.locale());
        String codeNow = now.currency().filter(c -> !c.equals(localCurrency)).map(Currency::getCurrencyCode).orElse(OWN);
        if (!currency.getItems().contains(codeNow)) {
            currency.getItems().add(codeNow);
        }
        currency.setValue(codeNow);
        locale.setId("display-locale");
        currency.setId("display-currency");
        example.setId("display-example");
        problem.getStyleClass().add("field-message");
        problem.setWrapText(true);
        locale.valueProperty().addListener((o, was, is) -> showExample());
        currency.valueProperty().addListener((o, was, is) -> showExample());
        showExample();

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Dates as in"), locale);
        grid.addRow(1, new Label("Currency"), currency);
        grid.add(example, 1, 2);
        grid.add(problem, 1, 3);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Use these");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            ok.setDisable(true);
            String tag = locale.getValue();
            String code = currency.getValue();
            background.run(() -> services.chooseDisplayFormat(tag, code), format -> {
                chosen.accept(format);
                close();
            }, failure -> {
                ok.setDisable(false);
                problem.setText(failure instanceof ValidationException invalid ? invalid.getMessage() : Messages.of(failure));
            });
        });
    }

    /** Opens the dialog; {@code chosen} hears the new format once it is saved. */
    public static DisplayFormatDialog open(Window owner, RapportServices services, TaskExecutor background, Consumer<DisplayFormat> chosen) {
        DisplayFormatDialog dialog = new DisplayFormatDialog(owner, services, background, chosen);
        dialog.show();
        return dialog;
    }

    private void showExample() {
        Locale chosenLocale = locale.getValue() == null || locale.getValue().isEmpty() ? services.userLocale()
                : DisplayFormat.locale(locale.getValue()).orElse(services.userLocale());
        Currency chosenCurrency = currency.getValue() == null || currency.getValue().isEmpty() ? DisplayFormat.localCurrency(chosenLocale)
                : Currency.getInstance(currency.getValue());
        DisplayFormat format = new DisplayFormat(chosenLocale, chosenCurrency);
        example.setText("Reads like: " + format.date(EXAMPLE_DAY) + " \u00b7 " + format.dayInWords(EXAMPLE_DAY, EXAMPLE_DAY) + " \u00b7 "
                + format.money(EXAMPLE_AMOUNT));
    }

    private static StringConverter<String> words(java.util.function.Function<String, String> shown) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : shown.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }
}
