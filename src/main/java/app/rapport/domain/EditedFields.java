package app.rapport.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields a person edits in each form other than the client's profile ({@link ClientFields}),
 * labelled as the form labels them: what a conflict between two desks lists side by side.
 */
public final class EditedFields {
    public static final RecordFields<Purchase> PURCHASE = new RecordFields<>(Purchase.class, labels(
            "productId", "Product", "description", "Description", "purchasedOn", "Bought on", "amount", "Amount",
            "warrantyUntil", "Warranty until", "renewalOn", "Renewal on"), Set.of());
    public static final RecordFields<Opportunity> OPPORTUNITY = new RecordFields<>(Opportunity.class, labels(
            "kind", "What", "summary", "Summary", "productId", "Product", "status", "Status", "reasonCode", "Why not",
            "reasonText", "In their words", "openedOn", "Opened", "closedOn", "Closed"), Set.of());
    public static final RecordFields<Competitor> COMPETITOR = new RecordFields<>(Competitor.class, labels(
            "name", "Name", "website", "Website", "area", "Where", "priceLevel", "Price level", "notes", "Notes"), Set.of());
    public static final RecordFields<SwotItem> SWOT_CARD = new RecordFields<>(SwotItem.class, labels(
            "text", "Card", "evidence", "Evidence", "observedOn", "Noted on", "clientId", "Told by"), Set.of());

    private EditedFields() {
    }

    private static Map<String, String> labels(String... fieldsAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndLabels.length; i += 2) {
            labels.put(fieldsAndLabels[i], fieldsAndLabels[i + 1]);
        }
        return labels;
    }
}
