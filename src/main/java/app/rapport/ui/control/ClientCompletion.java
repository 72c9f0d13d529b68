package app.rapport.ui.control;

import app.rapport.domain.ClientSummary;
import app.rapport.service.ClientService;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;

import java.util.List;
import java.util.function.Consumer;

/** A field where a client is chosen by typing their name: the first matches are offered as one types. */
public final class ClientCompletion {
    private static final int OFFERED = 8;

    private ClientCompletion() {
    }

    /** Offers the clients whose names match what is typed in {@code field}; {@code chosen} hears the one picked. */
    public static void bind(TextField field, ClientService clients, Consumer<ClientSummary> chosen) {
        TextFields.bindAutoCompletion(field, request -> {
            String typed = request.getUserText();
            return typed == null || typed.isBlank() ? List.<ClientSummary>of() : clients.search(typed, OFFERED).clients();
        }, new StringConverter<>() {
            @Override
            public String toString(ClientSummary summary) {
                return summary == null ? "" : summary.displayName();
            }

            @Override
            public ClientSummary fromString(String typed) {
                return null;
            }
        }).setOnAutoCompleted(event -> chosen.accept(event.getCompletion()));
    }
}
