package app.rapport.ui.contacts;

import app.rapport.domain.PhoneFormat;
import app.rapport.domain.PhoneNumbers;
import app.rapport.service.ContactService;
import app.rapport.ui.Messages;
import app.rapport.ui.task.TaskExecutor;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * File > Phone numbers: the country numbers without a country code belong to (taken from the
 * computer the first time), and whether numbers are shown nationally or internationally.
 */
public final class PhoneSettingsDialog extends Dialog<Void> {
    /** A region as the combo box shows it: "Germany (DE)". */
    record Region(String code, String name) {
        @Override
        public String toString() {
            return code.isEmpty() ? name : name + " (" + code + ")";
        }
    }

    private final ComboBox<Region> region = new ComboBox<>();
    private final RadioButton international = new RadioButton(PhoneNumbers.Style.INTERNATIONAL.toString());
    private final RadioButton national = new RadioButton(PhoneNumbers.Style.NATIONAL.toString());
    private final Label message = new Label();

    private PhoneSettingsDialog(Window owner, ContactService contacts, TaskExecutor background, Consumer<String> onChanged) {
        initOwner(owner);
        setTitle("Phone numbers");
        setHeaderText("Numbers typed without a country code (+49, +33, ...) are read as numbers of this country.\n"
                + "Changing it reads every stored number again.");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);

        List<Region> regions = new ArrayList<>();
        regions.add(new Region("", "No country: only numbers with a country code are read"));
        PhoneNumbers.regions().stream()
                .map(code -> new Region(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
                .sorted(Comparator.comparing(Region::name))
                .forEach(regions::add);
        region.setItems(FXCollections.observableArrayList(regions));
        region.setId("phone-region");
        region.setVisibleRowCount(16);
        ToggleGroup style = new ToggleGroup();
        international.setToggleGroup(style);
        national.setToggleGroup(style);
        international.setId("phone-style-international");
        national.setId("phone-style-national");
        message.setId("phone-settings-message");
        message.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        Label regionLabel = new Label("_Country:");
        regionLabel.setMnemonicParsing(true);
        regionLabel.setLabelFor(region);
        grid.addRow(0, regionLabel, region);
        grid.addRow(1, new Label("Show numbers:"), international);
        grid.add(national, 1, 2);
        grid.add(message, 0, 3, 2, 1);
        getDialogPane().setContent(grid);

        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setDisable(true);
        background.run(contacts::phoneFormat, format -> {
            region.setValue(regions.stream().filter(r -> r.code().equals(format.region())).findFirst().orElse(regions.get(0)));
            (format.style() == PhoneNumbers.Style.NATIONAL ? national : international).setSelected(true);
            saveButton.setDisable(false);
        }, failure -> message.setText(Messages.of(failure)));
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            saveButton.setDisable(true);
            message.setText("Reading the stored numbers again\u2026");
            String code = region.getValue() == null ? "" : region.getValue().code();
            PhoneNumbers.Style chosen = national.isSelected() ? PhoneNumbers.Style.NATIONAL : PhoneNumbers.Style.INTERNATIONAL;
            background.run(() -> contacts.changePhoneFormat(code, chosen), (PhoneFormat format) -> {
                onChanged.accept("Phone numbers: " + (format.region().isEmpty() ? "no country" : region.getValue().name())
                        + ", shown " + (format.style() == PhoneNumbers.Style.NATIONAL ? "nationally" : "internationally"));
                close();
            }, failure -> {
                saveButton.setDisable(false);
                message.setText("Not saved: " + Messages.of(failure));
            });
        });
    }

    public static void open(Window owner, ContactService contacts, TaskExecutor background, Consumer<String> onChanged) {
        new PhoneSettingsDialog(owner, contacts, background, onChanged).show();
    }
}
