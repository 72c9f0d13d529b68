package app.rapport.domain.brief;

import app.rapport.domain.Purchase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a renewal call needs to hand: what they have now and what it cost them, read from the
 * purchase ("3 × FieldLine Dispatch licence (annual, 10 users)", 10,800 → "30 users, 10,800 a
 * year"); the choices a warranty end really offers (cover, not a renewal); and a long silence
 * before either, owned first.
 */
final class RenewalTerms {
    /** No contact at all for longer than this before a renewal or a warranty end: the silence is ours to own. */
    static final int LONG_SILENCE_DAYS = 180;
    static final String RENEWAL_CHOICES = "renew, extend, replace or let it go";
    static final String WARRANTY_CHOICES = "extended cover, a service check before it ends, or nothing for now";

    private static final Pattern UNITS = Pattern.compile(
            "\\b(\\d{1,5})\\s+(users?|vehicles?|vans?|drivers?|seats?|sites?|depots?|devices?|trucks?|engineers?|licen[cs]es?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMES = Pattern.compile("^\\s*(\\d{1,4})\\s*[×x]\\s+", Pattern.CASE_INSENSITIVE);

    private RenewalTerms() {
    }

    /**
     * " (10 users now, 3,600 a year)" for what renews on one day, the dearest first; the units of the first that names
     * some, the cost of all of them together; empty when the record says neither.
     */
    static String of(List<Purchase> due, List<String> names) {
        String units = null;
        BigDecimal cost = BigDecimal.ZERO;
        boolean costKnown = false;
        String per = null;
        for (int i = 0; i < due.size(); i++) {
            Purchase p = due.get(i);
            String name = names.get(i);
            if (units == null) {
                units = units(name, p.description());
            }
            if (p.amount() != null && p.amount().signum() > 0) {
                cost = cost.add(p.amount());
                costKnown = true;
                String period = period(name, p);
                per = per == null || per.equals(period) ? period : "";
            }
        }
        boolean periodic = per != null && !per.isEmpty();
        String money = !costKnown ? null : periodic ? amount(cost) + " " + per + (due.size() > 1 ? " together" : "")
                : amount(cost) + " paid last time";
        if (units == null && money == null) {
            return "";
        }
        if (units == null) {
            return " (" + money + (periodic ? " now" : "") + ")";
        }
        return " (" + units + " now" + (money == null ? "" : ", " + money) + ")";
    }

    /** How many of the thing one purchase line holds: 3 for "3 × FieldLine mobile app add-on (annual)", else 1. */
    static int count(String description) {
        Matcher times = TIMES.matcher(description == null ? "" : description);
        return times.find() ? Integer.parseInt(times.group(1)) : 1;
    }

    /** "10 users", or "30 users" for three of them; null when the name says no number of anything. */
    static String units(String name, String description) {
        Matcher m = UNITS.matcher(name == null ? "" : name);
        if (!m.find()) {
            return null;
        }
        long n = Long.parseLong(m.group(1)) * count(description);
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (n != 1 && !unit.endsWith("s")) {
            unit = unit + "s";
        } else if (n == 1 && unit.endsWith("s") && !unit.endsWith("ss")) {
            unit = unit.substring(0, unit.length() - 1);
        }
        return n + " " + unit;
    }

    /** "a year" for an annual plan (by its name, or a year between purchase and renewal), "a month" for a monthly one. */
    private static String period(String name, Purchase p) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.contains("annual") || lower.contains("yearly") || lower.contains("per year")) {
            return "a year";
        }
        if (lower.contains("monthly") || lower.contains("per month")) {
            return "a month";
        }
        LocalDate from = p.purchasedOn();
        LocalDate to = p.renewalOn();
        if (from != null && to != null) {
            long days = ChronoUnit.DAYS.between(from, to);
            if (days >= 350 && days <= 380) {
                return "a year";
            }
            if (days >= 27 && days <= 32) {
                return "a month";
            }
        }
        return "";
    }

    /** 3600 → "3,600"; 873.50 → "873.50". */
    static String amount(BigDecimal value) {
        BigDecimal whole = value.setScale(0, RoundingMode.HALF_UP);
        if (whole.compareTo(value) == 0) {
            return String.format(Locale.ROOT, "%,d", whole.longValueExact());
        }
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    /**
     * The words that own a long silence before the date, to open the call with ("it has been far too long since we were last
     * in touch, and that's on us. I'm getting in touch because "); empty when we spoke lately.
     */
    static String silence(LocalDate lastContact, LocalDate today) {
        if (lastContact == null || ChronoUnit.DAYS.between(lastContact, today) <= LONG_SILENCE_DAYS) {
            return "";
        }
        return "it has been far too long since we were last in touch, and that's on us. I'm getting in touch because ";
    }
}
