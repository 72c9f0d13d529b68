package app.rapport.demo;

import app.rapport.domain.Address;

import java.text.Normalizer;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Names, places, phone numbers and email addresses for demo clients. Everything that needs text
 * work (ASCII folding, splitting) is done once here, so building a client is only appends.
 */
final class People {

    private People() {
    }

    /** A first name, its ASCII form for email addresses, and the short forms people use. */
    record Given(String name, String ascii, String[] nicknames) {
    }

    record Family(String name, String ascii) {
    }

    /** The names, places and mail domains, from {@code people.txt}. */
    private static final Map<String, String[]> TABLE = Tpl.table("people.txt");

    static final Given[] FEMALE = givens(Profile.need(TABLE, "FEMALE"));
    static final Given[] MALE = givens(Profile.need(TABLE, "MALE"));
    static final Family[] FAMILY = families(Profile.need(TABLE, "FAMILY"));

    static final String[] LETTERS = {"A", "B", "D", "E", "F", "G", "H", "J", "L", "N", "P", "Q", "R", "S", "T", "U",
            "W", "X", "Y", "Z"};

    /** A town: its region, how its postcodes start, and the area code its fixed-line numbers start with. */
    record Place(String city, String region, String[] postal, String landline) {
    }

    enum Country {
        UK("United Kingdom", "co.uk", "btinternet.com"),
        IE("Ireland", "ie", "eircom.net"),
        US("United States", "com", "comcast.net"),
        CA("Canada", "ca", "shaw.ca"),
        AU("Australia", "com.au", "bigpond.com"),
        NL("Netherlands", "nl", "ziggo.nl"),
        DE("Germany", "de", "gmx.de"),
        FR("France", "fr", "orange.fr"),
        ES("Spain", "es", "telefonica.net");

        final String label;
        final String tld;
        final String localMail;
        Place[] places;
        String[] streets;

        Country(String label, String tld, String localMail) {
            this.label = label;
            this.tld = tld;
            this.localMail = localMail;
        }
    }

    static {
        for (Country c : Country.values()) {
            String[] lines = Profile.need(TABLE, "PLACES." + c.name());
            c.places = new Place[lines.length];
            for (int i = 0; i < lines.length; i++) {
                String[] f = Profile.splitTrim(lines[i], "|");
                c.places[i] = new Place(f[0], f[1], Profile.splitTrim(f[2], ","), f[3]);
            }
            c.streets = Profile.need(TABLE, "STREETS." + c.name());
        }
    }

    static final Country[] COUNTRIES = Country.values();

    static final String[] MAIL_DOMAINS = Profile.need(TABLE, "MAIL_DOMAINS");
    static final String[] EMPLOYERS = Profile.need(TABLE, "EMPLOYERS");
    static final String[] LEGAL = {"Ltd", "Inc.", "B.V.", "GmbH", "SAS", "S.L.", "Pty Ltd"};
    static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private static Given[] givens(String[] lines) {
        Given[] out = new Given[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String[] f = lines[i].split("\\|");
            String[] nick = f.length > 1 ? f[1].split(",") : new String[0];
            out[i] = new Given(f[0], ascii(f[0]), nick);
        }
        return out;
    }

    private static Family[] families(String[] names) {
        Family[] out = new Family[names.length];
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            out[i] = new Family(n, ascii(n));
        }
        return out;
    }

    /** Lower-case ASCII letters and digits only: "Søren O'Brien-Ló" becomes "sorenobrienlo". */
    static String ascii(String s) {
        String t = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
                .replace("æ", "ae").replace("Æ", "Ae").replace("ß", "ss").replace("đ", "d").replace("ı", "i");
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = Character.toLowerCase(t.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static void digits(StringBuilder sb, SplittableRandom r, int n) {
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
    }

    /** A mobile number in one of the country's usual spellings; fictional ranges where they exist. */
    static String mobile(Country c, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(20);
        int style = r.nextInt(3);
        switch (c) {
            case UK -> {
                sb.append(style == 0 ? "+44 7700 900" : "07700 900");
                digits(sb, r, 3);
            }
            case IE -> {
                String net = r.nextBoolean() ? "87" : (r.nextBoolean() ? "86" : "85");
                sb.append(style == 0 ? "+353 " + net + " " : "0" + net + " ");
                digits(sb, r, 3);
                sb.append(' ');
                digits(sb, r, 4);
            }
            case US, CA -> {
                String area = c.places[r.nextInt(c.places.length)].landline();
                if (style == 0) {
                    sb.append("+1 ").append(area).append("-555-01");
                } else if (style == 1) {
                    sb.append('(').append(area).append(") 555-01");
                } else {
                    sb.append(area).append(".555.01");
                }
                digits(sb, r, 2);
            }
            case AU -> {
                sb.append(style == 0 ? "+61 491 570 " : "0491 570 ");
                sb.append((char) ('1' + r.nextInt(9)));
                digits(sb, r, 2);
            }
            case NL -> {
                if (style == 0) {
                    sb.append("+31 6 ");
                    digits(sb, r, 4);
                    sb.append(' ');
                    digits(sb, r, 4);
                } else if (style == 1) {
                    sb.append("06 ");
                    digits(sb, r, 4);
                    sb.append(' ');
                    digits(sb, r, 4);
                } else {
                    sb.append("06");
                    digits(sb, r, 2);
                    sb.append(' ');
                    digits(sb, r, 3);
                    sb.append(' ');
                    digits(sb, r, 3);
                }
            }
            case DE -> {
                String net = r.nextBoolean() ? "151" : (r.nextBoolean() ? "170" : "176");
                if (style == 0) {
                    sb.append("+49 ").append(net).append(' ');
                    digits(sb, r, 4);
                    sb.append(' ');
                    digits(sb, r, 4);
                } else {
                    sb.append('0').append(net).append(' ');
                    digits(sb, r, 7);
                }
            }
            case FR -> {
                sb.append(style == 0 ? "+33 " : "0").append(r.nextBoolean() ? '6' : '7');
                for (int i = 0; i < 4; i++) {
                    sb.append(' ');
                    digits(sb, r, 2);
                }
            }
            case ES -> {
                if (style == 0) {
                    sb.append("+34 6");
                } else {
                    sb.append('6');
                }
                digits(sb, r, 2);
                sb.append(' ');
                digits(sb, r, 3);
                sb.append(' ');
                digits(sb, r, 3);
            }
        }
        return sb.toString();
    }

    /** A fixed-line number near the given place. */
    static String landline(Country c, Place p, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(20);
        switch (c) {
            case UK -> {
                sb.append(p.landline());
                digits(sb, r, 3);
            }
            case IE -> {
                sb.append(p.landline());
                digits(sb, r, 2);
                sb.append(' ');
                digits(sb, r, 4);
            }
            case US, CA -> {
                if (r.nextBoolean()) {
                    sb.append('(').append(p.landline()).append(") 555-01");
                } else {
                    sb.append(p.landline()).append("-555-01");
                }
                digits(sb, r, 2);
            }
            case AU -> {
                sb.append(p.landline()).append(' ');
                digits(sb, r, 4);
            }
            case NL -> {
                sb.append(p.landline()).append(' ');
                digits(sb, r, 3);
                sb.append(' ');
                digits(sb, r, 4);
            }
            case DE -> {
                sb.append(p.landline()).append(' ');
                digits(sb, r, 7);
            }
            case FR -> {
                sb.append(p.landline()).append(' ');
                digits(sb, r, 2);
                sb.append(' ');
                digits(sb, r, 2);
                sb.append(' ');
                digits(sb, r, 2);
            }
            case ES -> {
                sb.append(p.landline()).append(' ');
                digits(sb, r, 2);
                sb.append(' ');
                digits(sb, r, 2);
                sb.append(' ');
                digits(sb, r, 2);
            }
        }
        return sb.toString();
    }

    private static String letter(SplittableRandom r) {
        return LETTERS[r.nextInt(LETTERS.length)];
    }

    static String postalCode(Country c, Place p, SplittableRandom r) {
        String prefix = p.postal()[r.nextInt(p.postal().length)];
        StringBuilder sb = new StringBuilder(10).append(prefix);
        switch (c) {
            case UK -> {
                sb.append(' ').append((char) ('1' + r.nextInt(9))).append(letter(r)).append(letter(r));
            }
            case IE -> {
                sb.append(' ').append(letter(r));
                digits(sb, r, 1);
                sb.append(letter(r));
                digits(sb, r, 1);
            }
            case US -> digits(sb, r, 2);
            case CA -> {
                sb.append(' ').append((char) ('1' + r.nextInt(9))).append(letter(r)).append((char) ('1' + r.nextInt(9)));
            }
            case AU -> digits(sb, r, 2);
            case NL -> {
                digits(sb, r, 2);
                sb.append(' ').append(letter(r)).append(letter(r));
            }
            case DE -> digits(sb, r, 3);
            case FR -> digits(sb, r, 5 - prefix.length());
            case ES -> digits(sb, r, 2);
        }
        return sb.toString();
    }

    static String street(Country c, SplittableRandom r) {
        String name = c.streets[r.nextInt(c.streets.length)];
        switch (c) {
            case UK, IE -> {
                int n = 1 + r.nextInt(r.nextInt(4) == 0 ? 240 : 60);
                return r.nextInt(6) == 0 ? "Flat " + (1 + r.nextInt(12)) + ", " + n + " " + name : n + " " + name;
            }
            case US, CA -> {
                int n = 10 + r.nextInt(r.nextBoolean() ? 990 : 8990);
                return r.nextInt(5) == 0 ? n + " " + name + ", Apt " + (1 + r.nextInt(30)) : n + " " + name;
            }
            case AU -> {
                int n = 1 + r.nextInt(180);
                return r.nextInt(4) == 0 ? (1 + r.nextInt(20)) + "/" + n + " " + name : n + " " + name;
            }
            case NL, DE -> {
                int n = 1 + r.nextInt(160);
                if (r.nextInt(6) == 0) {
                    return name + " " + n + (c == Country.NL ? "-" + (1 + r.nextInt(3)) : letterLower(r));
                }
                return name + " " + n;
            }
            case FR -> {
                int n = 1 + r.nextInt(90);
                return (r.nextInt(8) == 0 ? n + " bis " : n + " ") + name;
            }
            default -> {
                int n = 1 + r.nextInt(120);
                return r.nextInt(3) == 0 ? name + ", " + n + ", " + (1 + r.nextInt(6)) + "º " + letter(r) : name + ", " + n;
            }
        }
    }

    private static String letterLower(SplittableRandom r) {
        return r.nextBoolean() ? "a" : "b";
    }

    static Address address(Country c, Place p, SplittableRandom r) {
        return new Address(street(c, r), postalCode(c, p, r), p.city(), p.region(), c.label);
    }

    /** An address for someone: "first.last", "flast", ... at a mail provider or the country's own. */
    static String personalEmail(Given g, Family f, Country c, int birthYear, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(40);
        String first = g.ascii();
        String last = f.ascii();
        switch (r.nextInt(8)) {
            case 0, 1 -> sb.append(first).append('.').append(last);
            case 2 -> sb.append(first).append(last);
            case 3 -> sb.append(first.charAt(0)).append('.').append(last);
            case 4 -> sb.append(first).append('_').append(last).append(10 + r.nextInt(90));
            case 5 -> sb.append(first).append(birthYear > 0 ? birthYear % 100 < 10 ? "0" + birthYear % 100 : String.valueOf(birthYear % 100)
                    : String.valueOf(r.nextInt(100)));
            case 6 -> sb.append(last).append('.').append(first);
            default -> sb.append(first).append('.').append(last.charAt(0));
        }
        sb.append('@').append(r.nextInt(4) == 0 ? c.localMail : MAIL_DOMAINS[r.nextInt(MAIL_DOMAINS.length)]);
        return sb.toString();
    }

    static String workEmail(Given g, Family f, String domain, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(40);
        switch (r.nextInt(4)) {
            case 0, 1 -> sb.append(g.ascii()).append('.').append(f.ascii());
            case 2 -> sb.append(g.ascii().charAt(0)).append(f.ascii());
            default -> sb.append(g.ascii());
        }
        return sb.append('@').append(domain).toString();
    }
}
