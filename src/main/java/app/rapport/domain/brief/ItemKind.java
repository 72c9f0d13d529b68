package app.rapport.domain.brief;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a thing bought is, for what can truthfully be said of it later: something kept and used (a
 * washing machine: "does it still do what you need?"), something that runs for a term (a licence),
 * a service done on the day (a cut), something used up (a shampoo), something paid ahead (a
 * package, a membership, a gift voucher) or an occasion (a wedding's styling). Read from the
 * purchase's dates and the product's name and category, in that order.
 */
public enum ItemKind {
    KEPT, TERM, SERVICE, CONSUMABLE, PREPAID, OCCASION;

    private static final Pattern PREPAID_WORDS = Pattern.compile(
            "\\b(packages?|bundle|course of|membership|club|pass|gift (card|voucher)|vouchers?|prepaid|credits?|\\(\\d+ (visits|sessions|classes|lessons)\\))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OCCASION_WORDS = Pattern.compile("\\b(wedding|bridal|event|party|prom|christening|graduation|occasions?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONSUMABLE_WORDS = Pattern.compile(
            "\\b(shampoo|conditioner|mask|spray|oil|cream|serum|gel|wax|lotion|balm|refills?|cartridges?|filters?|capsules?|pods?|ink|toner"
                    + "|detergent|descaler|batter(y|ies)|retail care|consumables?|supplies)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A quantity on the label (250 ml, 1 kg) marks something used up, unless it is a machine's load ("Nordvik 9 kg heat-pump dryer"). */
    private static final Pattern QUANTITY = Pattern.compile("\\b\\d+ ?(ml|l|g|kg)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MACHINE_WORDS = Pattern.compile(
            "\\b(machines?|dryers?|washers?|washer-dryers?|dishwashers?|fridges?|freezers?|ovens?|cookers?|mixers?|vacuums?|appliances?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SERVICE_WORDS = Pattern.compile(
            "\\b(cut|cuts|blow-dry|colou?r|balayage|highlights|treatments?|styling|updo|trim|tidy|touch-up|trial|sessions?|appointment|massage"
                    + "|facial|manicure|pedicure|waxing|services?|installation|install|fitting|training|onboarding|migration|consult\\w*|cleaning"
                    + "|inspection|check|repair|removal|delivery|workshop)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TERM_WORDS = Pattern.compile("\\b(licen[cs]e|subscription|support plan|service plan|care plan|contract)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The kind of a thing bought: renewed on a date, it runs for a term; a warranty says it is kept;
     * otherwise its words say what it is, and a thing they do not name is kept.
     */
    public static ItemKind of(String name, String category, boolean renews, boolean warranty) {
        String words = (name == null ? "" : name) + " | " + (category == null ? "" : category);
        if (renews) {
            return TERM;
        }
        if (PREPAID_WORDS.matcher(words).find()) {
            return PREPAID;
        }
        if (warranty) {
            return KEPT;
        }
        if (OCCASION_WORDS.matcher(words).find()) {
            return OCCASION;
        }
        if (CONSUMABLE_WORDS.matcher(words).find() || QUANTITY.matcher(words).find() && !MACHINE_WORDS.matcher(words).find()) {
            return CONSUMABLE;
        }
        if (TERM_WORDS.matcher(words).find()) {
            return TERM;
        }
        if (SERVICE_WORDS.matcher(words).find()) {
            return SERVICE;
        }
        return KEPT;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
