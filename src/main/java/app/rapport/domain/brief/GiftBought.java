package app.rapport.domain.brief;

import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Something they bought for someone else: "picked up a blow-dry club membership as a present", "the
 * robot vacuum, a gift for her sister". It is about the person it was for ("did your sister enjoy
 * it?" at most), never what the relationship hangs on, nor a silence after a purchase of theirs.
 */
final class GiftBought {
    private static final Pattern GIFT = Pattern.compile("(?i)\\b(as an? (?:present|gift)|a (?:present|gift) for|gift for|present for"
            + "|for (?:her|his|their|a) (?:sister|brother|mother|father|mum|mom|dad|daughter|son|partner|wife|husband|friend|niece|nephew"
            + "|granddaughter|grandson|grandchild\\w*|colleague|neighbour|neighbor)'?s? (?:birthday|christmas|wedding|anniversary)?)");

    private GiftBought() {
    }

    /** The purchases of {@code bought} that a contact on the same day (or the next) says were for someone else. */
    static Set<Purchase> of(List<Purchase> bought, BriefInput in) {
        Set<LocalDate> days = new HashSet<>();
        for (Purchase p : bought) {
            days.add(p.purchasedOn());
        }
        Set<Purchase> gifts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Touchpoint t : in.touchpoints()) {
            String summary = t.summary();
            if (summary == null || !(summary.contains("present") || summary.contains("gift") || summary.contains("Gift")
                    || summary.contains("birthday"))) {
                continue; // no word of a present: spare the date and the pattern, a busy client has thousands of contacts
            }
            LocalDate on = BriefFacts.day(t, in);
            if (!days.contains(on) && !days.contains(on.minusDays(1))) {
                continue;
            }
            if (!GIFT.matcher(t.summary()).find()) {
                continue;
            }
            String said = t.summary().toLowerCase(Locale.ROOT);
            List<Purchase> thatDay = new ArrayList<>();
            List<Purchase> named = new ArrayList<>();
            for (Purchase p : bought) {
                if (p.purchasedOn().equals(on) || p.purchasedOn().equals(on.minusDays(1))) {
                    thatDay.add(p);
                    if (names(BriefFacts.itemName(p, in), said)) {
                        named.add(p);
                    }
                }
            }
            gifts.addAll(!named.isEmpty() ? named : thatDay.size() == 1 ? thatDay : List.of());
        }
        return gifts;
    }

    /** The summary names the item: one of its words of four letters or more ("vacuum", "blow-dry", "club"). */
    private static boolean names(String item, String said) {
        for (String word : item.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            if (word.length() >= 4 && said.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
