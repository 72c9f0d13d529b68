package app.rapport.domain.brief;

import app.rapport.domain.Purchase;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A brief whose only point asks the opener's question again has nothing of theirs to hang on, while their record may
 * hold something the call does not say: a thing they bought since the one the call is about ("it's been eight months
 * since you got the washing machine", and the fridge freezer of July unsaid). That thing takes the repeated point's
 * place; with nothing of the kind the point gives way to the opener ({@link OpenerOnce}), and the brief says less.
 */
final class FloorFromRecord {
    private FloorFromRecord() {
    }

    static List<BriefLine> points(List<BriefLine> points, BriefLine opener, BriefLine goal, BriefFacts facts, List<Brief.Dropped> dropped) {
        // The thing the call is about was checked lately, so the call says so and asks nothing of it: what they bought since is theirs to say.
        boolean checked = facts.values.containsKey("checkedLately") && facts.values.containsKey("bookKnows");
        if (points.isEmpty() || opener == null || facts.lastPurchase == null
                || !checked && !points.stream().allMatch(point -> OpenerOnce.asksAgain(point, opener))) {
            return points;
        }
        String said = (opener.text() + " " + (goal == null ? "" : goal.text())).toLowerCase(Locale.ROOT);
        Purchase anchor = facts.lastPurchase;
        BriefInput input = facts.input();
        Purchase since = facts.boughtSoFar().stream()
                .filter(p -> p.purchasedOn() != null && p.purchasedOn().isAfter(anchor.purchasedOn()) && !p.purchasedOn().isAfter(facts.today))
                // Something of the catalogue they keep and use: not a data import or an installation written on the invoice.
                .filter(p -> p.productId() != null && input.products().containsKey(p.productId()) && BriefFacts.kind(p, input) == ItemKind.KEPT)
                .filter(p -> !gift(p, input))
                // an extended warranty is cover for what they have, not something to ask "how is it going" about
                .filter(p -> !BriefFacts.ADD_ON.matcher(BriefFacts.itemName(p, input)).find())
                .filter(p -> !said.contains(facts.spoken(BriefFacts.itemName(p, input)).toLowerCase(Locale.ROOT)))
                .max(Comparator.comparing(p -> p.amount() == null ? BigDecimal.ZERO : p.amount()))
                .orElse(null);
        if (since == null) {
            return points;
        }
        String thing = facts.spoken(BriefFacts.itemName(since, input));
        BriefLine line = new BriefLine("They have also got " + thing + " since (" + facts.dayInWords(since.purchasedOn(), facts.today)
                + "): ask how it is going.", "fact:bought-since", null, "it is on their record and the call does not say it");
        if (checked) {
            if (points.size() >= BriefEngine.MAX_TALKING_POINTS) {
                return points;
            }
            List<BriefLine> more = new java.util.ArrayList<>(points);
            more.add(line);
            return more;
        }
        for (BriefLine point : points) {
            dropped.add(new Brief.Dropped(point.text(), point.rule(), "the opener already asks it, and their record has something of its own to say"));
        }
        return List.of(line);
    }

    /** Bought as a present ("picked up the kettle as a gift"): how it is going is someone else's to say. */
    private static boolean gift(Purchase p, BriefInput input) {
        return input.touchpoints().stream().anyMatch(t -> java.time.LocalDate.ofInstant(t.occurredAt(), input.zone()).equals(p.purchasedOn())
                && t.summary() != null && GIFT.matcher(t.summary()).find());
    }

    private static final java.util.regex.Pattern GIFT = java.util.regex.Pattern.compile("\\b(as a gift|as a present|for (his|her|their) \\w+'s birthday)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
}
