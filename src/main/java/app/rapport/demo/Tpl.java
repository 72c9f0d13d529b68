package app.rapport.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sentence with slots, parsed once so that filling it is a few appends. Slots are written
 * {n} (the name the client is greeted by), {p} (a product), {t} (a member of staff), {c} (a
 * competitor), {d} (a weekday ahead: a booking, a delivery), {r} (another person's first name), {o} (the
 * organisation) and {w} (the weekday the touchpoint itself happens on: "on a busy {w}").
 */
final class Tpl {
    static final int NAME = 0;
    static final int PRODUCT = 1;
    static final int STAFF = 2;
    static final int COMPETITOR = 3;
    static final int WEEKDAY = 4;
    static final int OTHER_PERSON = 5;
    static final int ORGANISATION = 6;
    static final int TODAY = 7;
    static final int SLOTS = 8;

    private static final String CODES = "nptcdrow";

    private final String[] literals;
    private final byte[] slots;
    private final int mask;
    private final String text;
    private final boolean capitalise;

    /** The channel the sentence implies (Channel ordinal), or -1 when it could be any. */
    final int channel;
    /** 0 when the client started it, 1 when we did, -1 when the sentence does not say. */
    final int direction;
    /** Outcomes that fit this sentence better than the general ones, or null. */
    final Tpl[] outcomes;
    /** +1 when the sentence says the client was pleased, -1 when upset, 0 when it does not say. */
    final int moodSign;
    /** What the sentence needs to be true ({@link #OWNS}, ...) and what it says about the client ({@link #PHOTOS}, ...). */
    final int flags;
    /** Cautions this sentence would contradict: the opposites of its own. */
    final int clashes;
    /** An outcome that says the client did not answer ("No reply.", "No answer; left a message.", "Opened it."). */
    final boolean silent;
    /** It speaks of a price ("Sent the price list.", "Send {n} pricing for the {p}", "Sent a quote."). */
    final boolean priced;
    /** A number of its own among all sentences, so a client's used sentences fit in a bit set. */
    final int id;
    /**
     * The months it can be said in, 1 to 12, from [m3-6] ("before the summer holiday"; a range may wrap past December);
     * 0 and 0 when any month fits.
     */
    final int monthFrom;
    final int monthTo;
    /** [own3]: the client has had something of product group 3 by then (a colour formula needs a colour); else -1. */
    final int ownsGroup;
    /** [of2]: {p} is of product group 2 (a warranty's cost is said of a warranty); else -1. */
    final int productGroup;
    /** [known60]: the client has been on record for 60 days or more by then ("after a two-month pilot"); else 0. */
    final int knownDays;

    private static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();

    /** How many sentences there are (every id is below it). */
    static int count() {
        return COUNT.get();
    }

    // What a sentence needs, from markers.
    /** [own]: the client has bought something worth talking about by that day (not counting {p} itself). */
    static final int OWNS = 1;
    /** [dlv]: {p} was delivered or installed in the last weeks. */
    static final int DELIVERED = 1 << 1;
    /** [appt]: said during a visit on a day the client bought {p}. */
    static final int SAME_DAY = 1 << 2;
    /** [won]: says the client bought or renewed {p} (an outcome: soon after; a summary: just before). */
    static final int WON = 1 << 3;
    /** [first]: the client never had {p} before that day. */
    static final int FIRST = 1 << 4;
    /** [bday]: a birthday greeting, said on the client's birthday only. */
    static final int BIRTHDAY = 1 << 5;
    /** [next]: about an appointment the client keeps: they come in within two weeks; {d} is that day. */
    static final int NEXT_VISIT = 1 << 6;
    /** [lost]: an outcome that says the client will not buy or renew {p}: not when they do soon after. */
    static final int LOST = 1 << 7;
    /** [older]: a family word for an older client (grandchildren): their age is known and at least {@link #OLDER_FROM}. */
    static final int OLDER = 1 << 20;
    /** [young]: a family word for a younger client (a new baby, the school run): a person whose age, when known, fits. */
    static final int YOUNG = 1 << 21;
    /** [pre]: said before the client's first purchase (a pilot still running, a decision still to make). */
    static final int BEFORE_BUYING = 1 << 22;
    /** [more]: a renewal that grows ("wants to add users", "renewed with more users"): the renewal of {p} does. */
    static final int GROWS = 1 << 23;
    /** [person]: about a household, not a company. */
    static final int PERSON = 1 << 24;
    /** [booked]: an outcome that says the next visit is booked (in some weeks): that visit happens, or is still ahead. */
    static final int BOOKED = 1 << 25;
    /** [rebook]: asks the client to book their next visit: not while one they booked is still to come. */
    static final int REBOOK = 1 << 26;
    /** [quoted]: speaks of a quote or price for {p} given before: one is on record (an offer or enquiry about {p}). */
    static final int QUOTED = 1 << 27;
    /** [ans]: tells how the client answered ("interested, wants to think it over"): so they did answer. */
    static final int ANSWERED = 1 << 28;
    /**
     * [ask]: a question no price answers (whether it fits, a slot, GDPR): neither a price list or quote nor a "not a fit"
     * is its outcome, nor a price or a call about delivery times (unless it asks about delivery) its next step.
     */
    static final int ASKS = 1 << 29;
    /** [deciding]: says the client has not made up their mind: only of something new (an enquiry, an offer, a doubt). */
    static final int DECIDING = 1 << 30;
    /** [regular]: a tag of a client who keeps coming back ("every-6-weeks"): three purchases or more, the last in the past four months. */
    static final int REGULAR = 1 << 31;
    /** Every flag that says what a sentence needs rather than what it says about the client. */
    static final int NEEDS = OWNS | DELIVERED | SAME_DAY | WON | FIRST | BIRTHDAY | NEXT_VISIT | LOST
            | OLDER | YOUNG | BEFORE_BUYING | GROWS | PERSON | BOOKED | REBOOK | QUOTED | ANSWERED | ASKS | DECIDING | REGULAR;

    /** The youngest age [older] fits; [young] fits from 18 up to {@link #YOUNG_UNTIL}. */
    static final int OLDER_FROM = 55;
    static final int YOUNG_UNTIL = 50;

    // What a note, tag or sentence says about the client; each has an opposite it cannot stand beside.
    static final int PHOTOS = 1 << 8;
    static final int NO_PHOTOS = 1 << 9;
    static final int FINANCE = 1 << 10;
    static final int CASH = 1 << 11;
    static final int CHAT = 1 << 12;
    static final int QUIET = 1 << 13;
    /** [home]: the client has just moved into a home of their own. */
    static final int NEW_HOME = 1 << 14;
    /** [landlord]: the client lets out homes (a landlord is not the one moving in). */
    static final int LANDLORD = 1 << 15;
    private static final int[][] OPPOSITES = {{PHOTOS, NO_PHOTOS}, {FINANCE, CASH}, {CHAT, QUIET}, {NEW_HOME, LANDLORD}};

    // Cautions a note sets on how and when to get in touch.
    /** [nocall]: never phone; the note's channel marker ([E] or [S]) says how instead. */
    static final int NO_CALLS = 1 << 16;
    /** [after10]: no calls before 10am. */
    static final int NOT_BEFORE_TEN = 1 << 17;
    /** [not3pm]: no calls from 3 to 4pm. */
    static final int NOT_THREE_TO_FOUR = 1 << 18;
    /** [late]: visits after 5pm. */
    static final int LATE_VISITS = 1 << 19;

    private Tpl(String text, String[] literals, byte[] slots, int mask, int channel, int direction, int moodSign,
                Tpl[] outcomes, int flags, int[] when) {
        this.text = text;
        this.literals = literals;
        this.slots = slots;
        this.mask = mask;
        this.capitalise = slots.length > 0 && literals[0].isEmpty();
        this.channel = channel;
        this.direction = direction;
        this.moodSign = moodSign;
        this.outcomes = outcomes;
        this.flags = flags;
        this.id = COUNT.getAndIncrement();
        this.monthFrom = when[0];
        this.monthTo = when[1];
        this.ownsGroup = when[2];
        this.productGroup = when[3];
        this.knownDays = when[4];
        int clash = 0;
        for (int[] pair : OPPOSITES) {
            if ((flags & pair[0]) != 0) {
                clash |= pair[1];
            }
            if ((flags & pair[1]) != 0) {
                clash |= pair[0];
            }
        }
        this.clashes = clash;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        this.silent = lower.startsWith("no reply") || lower.startsWith("no answer") || lower.startsWith("opened");
        this.priced = lower.contains("price") || lower.contains("pricing") || lower.contains("quote");
    }

    /** True when the sentence needs every one of {@code what}. */
    boolean needs(int what) {
        return (flags & what) == what;
    }

    /** Whether it can be said in {@code month} (1 to 12). */
    boolean inSeason(int month) {
        if (monthFrom == 0) {
            return true;
        }
        return monthFrom <= monthTo ? month >= monthFrom && month <= monthTo : month >= monthFrom || month <= monthTo;
    }

    /** True when the sentence contradicts something known about the client ({@code cautions}: their flags). */
    boolean clashesWith(int cautions) {
        return (clashes & cautions) != 0;
    }

    /**
     * Parses one line. It may start with markers: [V] visit, [M] meeting, [C] call, [E] email,
     * [S] message, [A] any channel, [in] or [out] for who started it, [-] who started it is open,
     * [+] or [!] when it says the client was pleased or upset;
     * without them both are read from the wording. " => a ; b" at the end lists fitting outcomes
     * (which take markers too). What it needs and says: [own] [dlv] [appt] [won] [lost] [first] [bday] [next] [older]
     * [young] [pre] [more] [person] [booked] [rebook] [quoted] [ans] [ask] [deciding] [regular], [m3-6] (months it fits), [own3] (owns product group 3), [of2] ({p} is of group 2),
     * [known60] (the client has been on record 60 days or more); [photos]
     * [nophotos] [fin] [cash] [chat] [quiet] [home] [landlord]; on notes [nocall] [after10] [not3pm] [late] (see the flags).
     */
    static Tpl of(String line) {
        int channel = -2;
        int direction = -2;
        int moodSign = 0;
        int flags = 0;
        int[] when = {0, 0, -1, -1, 0};
        String rest = line.strip();
        while (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            String marker = rest.substring(1, close);
            switch (marker) {
                case "V" -> channel = 0;
                case "M" -> channel = 1;
                case "C" -> channel = 2;
                case "E" -> channel = 3;
                case "S" -> channel = 4;
                case "A" -> channel = -1;
                case "in" -> direction = 0;
                case "out" -> direction = 1;
                case "-" -> direction = -1;
                case "+" -> moodSign = 1;
                case "!" -> moodSign = -1;
                case "own" -> flags |= OWNS;
                case "dlv" -> flags |= DELIVERED;
                case "appt" -> flags |= SAME_DAY;
                case "won" -> flags |= WON;
                case "first" -> flags |= FIRST;
                case "bday" -> flags |= BIRTHDAY;
                case "next" -> flags |= NEXT_VISIT;
                case "lost" -> flags |= LOST;
                case "photos" -> flags |= PHOTOS;
                case "nophotos" -> flags |= NO_PHOTOS;
                case "fin" -> flags |= FINANCE;
                case "cash" -> flags |= CASH;
                case "chat" -> flags |= CHAT;
                case "quiet" -> flags |= QUIET;
                case "nocall" -> flags |= NO_CALLS;
                case "after10" -> flags |= NOT_BEFORE_TEN;
                case "not3pm" -> flags |= NOT_THREE_TO_FOUR;
                case "late" -> flags |= LATE_VISITS;
                case "older" -> flags |= OLDER;
                case "young" -> flags |= YOUNG;
                case "pre" -> flags |= BEFORE_BUYING;
                case "more" -> flags |= GROWS;
                case "person" -> flags |= PERSON;
                case "booked" -> flags |= BOOKED;
                case "rebook" -> flags |= REBOOK;
                case "quoted" -> flags |= QUOTED;
                case "ans" -> flags |= ANSWERED;
                case "ask" -> flags |= ASKS;
                case "deciding" -> flags |= DECIDING;
                case "regular" -> flags |= REGULAR;
                case "home" -> flags |= NEW_HOME;
                case "landlord" -> flags |= LANDLORD;
                default -> {
                    if (marker.matches("m\\d{1,2}-\\d{1,2}")) {
                        String[] range = marker.substring(1).split("-");
                        when[0] = Integer.parseInt(range[0]);
                        when[1] = Integer.parseInt(range[1]);
                    } else if (marker.matches("own\\d")) {
                        when[2] = marker.charAt(3) - '0';
                    } else if (marker.matches("known\\d{1,3}")) {
                        when[4] = Integer.parseInt(marker.substring(5));
                    } else if (marker.matches("of\\d")) {
                        when[3] = marker.charAt(2) - '0';
                    } else {
                        throw new IllegalArgumentException("Unknown marker [" + marker + "] in " + line);
                    }
                }
            }
            rest = rest.substring(close + 1).strip();
        }
        Tpl[] outcomes = null;
        int arrow = rest.indexOf(" => ");
        if (arrow >= 0) {
            String[] outs = rest.substring(arrow + 4).split(" ; ");
            outcomes = new Tpl[outs.length];
            for (int i = 0; i < outs.length; i++) {
                outcomes[i] = of(outs[i].strip());
            }
            rest = rest.substring(0, arrow).strip();
        }
        if (channel == -2) {
            channel = detectChannel(rest.toLowerCase(java.util.Locale.ROOT));
        }
        if (direction == -2) {
            direction = detectDirection(rest);
        }
        return parse(rest, channel, direction, moodSign, outcomes, flags, when);
    }

    // Channel ordinals: VISIT, MEETING, CALL, EMAIL, MESSAGE.
    private static final String[][] CHANNEL_WORDS = {
            {"came in", "came back in", "popped in", "picked up", "dropped by", "in store", "at reception", "at the counter",
                    "on-site", "visited", "stopped for", "walked in", "in for the", "on display", "at the basin",
                    "in the shop", "brought their", "brought the", "came over", "while the colour", "during the appointment",
                    "during a visit", "at the demo counter", "to see the showroom"},
            {"meeting", "lunch", "workshop", "kick-off", "demoed", "presented", "coffee with", "council", "met ",
                    "review with", "brainstorm"},
            {"called", "call ", "call:", "call.", "call,", " rang ", "phone", "remote session", "video call"},
            {"email", "e-mail", "survey", "newsletter", "release notes", "invoice", "agenda"},
            {"message", "texted", "by text", "instagram", "whatsapp", "sms"},
    };

    /** Channel value for "written, but email or message": a sentence like "Sent her the price list". */
    static final int WRITTEN = -3;

    private static int detectChannel(String lower) {
        int best = lower.startsWith("sent ") ? WRITTEN : -1;
        int bestAt = Integer.MAX_VALUE;
        for (int c = 0; c < CHANNEL_WORDS.length; c++) {
            for (String w : CHANNEL_WORDS[c]) {
                int at = lower.indexOf(w);
                if (at >= 0 && at < bestAt) {
                    bestAt = at;
                    best = c;
                }
            }
        }
        return best;
    }

    private static final String[] INBOUND_STARTS = {"Enquiry", "Complaint", "Question", "Inbound", "Instagram message",
            "Phone enquiry", "Quick message from", "Message from", "Warranty claim", "Purchase order from", "Wants",
            "Would like", "Bought", "Asked if", "Asked whether", "Asked about", "Asked for", "Asked us", "Asked to", "Asked how", "Asked what",
            "Asked which"};

    private static int detectDirection(String text) {
        if (text.startsWith("{n}") || text.startsWith("{o}")) {
            return 0;
        }
        for (String s : INBOUND_STARTS) {
            if (text.startsWith(s)) {
                return 0;
            }
        }
        if (text.startsWith("{")) {
            return -1;
        }
        return 1;
    }

    private static Tpl parse(String text, int channel, int direction, int moodSign, Tpl[] outcomes, int flags, int[] when) {
        List<String> lits = new ArrayList<>();
        List<Byte> codes = new ArrayList<>();
        int mask = 0;
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '{' && i + 2 < text.length() && text.charAt(i + 2) == '}' && CODES.indexOf(text.charAt(i + 1)) >= 0) {
                int code = CODES.indexOf(text.charAt(i + 1));
                lits.add(lit.toString());
                lit.setLength(0);
                codes.add((byte) code);
                mask |= 1 << code;
                i += 3;
            } else if (ch == '{' || ch == '}') {
                throw new IllegalArgumentException("Unknown slot in template: " + text);
            } else {
                lit.append(ch);
                i++;
            }
        }
        lits.add(lit.toString());
        byte[] slotArray = new byte[codes.size()];
        for (int k = 0; k < slotArray.length; k++) {
            slotArray[k] = codes.get(k);
        }
        return new Tpl(text, lits.toArray(new String[0]), slotArray, mask, channel, direction, moodSign, outcomes, flags, when);
    }

    String text() {
        return text;
    }

    static Tpl[] all(String[] lines) {
        Tpl[] out = new Tpl[lines.length];
        for (int i = 0; i < lines.length; i++) {
            out[i] = of(lines[i]);
        }
        return out;
    }

    boolean has(int slot) {
        return (mask & (1 << slot)) != 0;
    }

    /** Fills the slots from {@code values}; a template without slots returns its shared text. */
    String render(StringBuilder sb, String[] values) {
        if (slots.length == 0) {
            return text;
        }
        sb.setLength(0);
        for (int i = 0; i < slots.length; i++) {
            sb.append(literals[i]);
            String value = values[slots[i]];
            int n = sb.length();
            if (!value.isEmpty() && "aeiouAEIOU".indexOf(value.charAt(0)) >= 0 && n >= 2 && sb.charAt(n - 1) == ' '
                    && (sb.charAt(n - 2) == 'a' || sb.charAt(n - 2) == 'A') && (n == 2 || sb.charAt(n - 3) == ' ')) {
                sb.insert(n - 1, 'n'); // "an updo", "an oven"
            }
            sb.append(value);
        }
        String end = literals[slots.length];
        if (end.startsWith(".") && sb.length() > 0 && sb.charAt(sb.length() - 1) == '.') {
            end = end.substring(1); // "Proposal sent to Kestrel B.V." rather than "B.V.."
        }
        sb.append(end);
        if (capitalise && sb.length() > 0 && Character.isLowerCase(sb.charAt(0))) {
            sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Reads the phrase table {@code name}, a resource beside these classes
     * ({@code src/main/resources/app/rapport/demo}), into its sections; see {@link #sections}.
     */
    static Map<String, String[]> table(String name) {
        try (InputStream in = Tpl.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The demo phrase table " + name + " is missing from the class path");
            }
            return sections(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo phrase table " + name, e);
        }
    }

    /**
     * Reads a block of text in which a line "@KEY" starts a section and every other non-blank
     * line (not starting with "//") is one entry of the current section.
     */
    static Map<String, String[]> sections(String block) {
        Map<String, List<String>> acc = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : block.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            if (line.startsWith("@")) {
                String key = line.substring(1).strip();
                current = acc.computeIfAbsent(key, k -> new ArrayList<>());
            } else {
                if (current == null) {
                    throw new IllegalArgumentException("Entry before the first section: " + line);
                }
                current.add(line);
            }
        }
        Map<String, String[]> out = new LinkedHashMap<>();
        acc.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
        return out;
    }
}
