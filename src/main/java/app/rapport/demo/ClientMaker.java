package app.rapport.demo;

import app.rapport.domain.Address;
import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientKind;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Complexity;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Ids;
import app.rapport.domain.Mood;
import app.rapport.domain.Note;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static app.rapport.demo.Profile.AFTER;
import static app.rapport.demo.Profile.BOOKING;
import static app.rapport.demo.Profile.COMPLAINT;
import static app.rapport.demo.Profile.DOUBT;
import static app.rapport.demo.Profile.ENQUIRY;
import static app.rapport.demo.Profile.FIX;
import static app.rapport.demo.Profile.INFO;
import static app.rapport.demo.Profile.OFFER;
import static app.rapport.demo.Profile.REFERRAL;
import static app.rapport.demo.Profile.REFUSAL;
import static app.rapport.demo.Profile.RENEWAL;
import static app.rapport.demo.Profile.SALE;
import static app.rapport.demo.Profile.THANKS;
import static app.rapport.demo.Profile.VALUE;
import static app.rapport.demo.Profile.WARRANTY;

/**
 * Builds one client from one random stream. First the story is planned as events on days
 * (purchases and what naturally happens around them, opportunities, everyday contact), then it is
 * trimmed or padded to the client's number of touchpoints, put in time order and written out.
 *
 * <p>The story holds together: a sentence about a product, a delivery, a repair or a visit is only
 * said of something the client had bought by then; what we offer or the client asks about is
 * something they do not have; a refusal is never of something they buy; a complaint is on record
 * and its fix answers it; only a client who answered has a mood; every next step promised is on the
 * list; and nothing contradicts what the notes say about the client (no calls, no photos, ...).
 * One instance per client; not shared.
 */
final class ClientMaker {
    private static final long DAY = 86_400L;
    private static final int MAX_PURCHASES = 4;
    /** Purchases planned, plus room for opportunities won and renewals. */
    private static final int PURCHASE_ROOM = 2 * MAX_PURCHASES + 2;
    private static final int MAX_EVENTS = 120;
    private static final int NONE = Integer.MIN_VALUE;
    /** How long after a delivery people still talk about it, in days. */
    private static final int DELIVERY_DAYS = 90;
    /** How soon after an offer a purchase counts as its outcome ("Ordered."), in days. */
    private static final int WON_WITHIN_DAYS = 45;

    // Kinds of purchase.
    private static final byte PRIMARY = 0;
    private static final byte COMPANION = 1;
    private static final byte RENEWED = 2;

    private static final Channel[] CHANNELS = Channel.values();
    private static final Mood[] MOODS = Mood.values();
    private static final OpportunityKind[] OPP_KINDS = OpportunityKind.values();
    private static final CompetitorRelation[] RELATIONS = CompetitorRelation.values();
    private static final int[][] MOOD_CUM = new int[Profile.TYPES][];
    private static final Mood[] NEGATIVE = {Mood.DOUBTFUL, Mood.DOUBTFUL, Mood.FRUSTRATED, Mood.REGRETFUL};
    private static final String NO_REPLY_YET = "No reply yet.";

    static {
        for (int t = 0; t < Profile.TYPES; t++) {
            MOOD_CUM[t] = Profile.cumulative(Profile.MOOD_WEIGHTS[t]);
        }
    }

    // Opportunity kinds, in OpportunityKind order: REQUEST, REFUSAL, UPSELL, COMPLAINT, REFERRAL.
    private static final int[] OPP_BUYER_CUM = Profile.cumulative(new int[] {20, 37, 22, 8, 13});
    private static final int[] OPP_PROSPECT_CUM = Profile.cumulative(new int[] {58, 42, 0, 0, 0});
    private static final int[] REASON_CUM = Profile.cumulative(new int[] {30, 24, 20, 13, 8, 5});
    // MENTIONED, CONSIDERING, ALSO_BUYS_FROM, SWITCHED_TO_THEM, SWITCHED_FROM_THEM
    private static final int[] RELATION_CUM = Profile.cumulative(new int[] {35, 20, 20, 7, 18});
    private static final int[] TAG_COUNT_CUM = Profile.cumulative(new int[] {36, 34, 20, 10});

    /** What the generator meant by each touchpoint, for tests: its kind and the product it is about (or NONE). */
    static final class Trace {
        int[] kinds = new int[0];
        int[] products = new int[0];
        Profile profile;

        static final int NO_PRODUCT = NONE;
    }

    private final SplittableRandom r;
    private final Part part;
    private final Profile pf;
    private final long nowSec;
    private final long nowDay;
    private final StringBuilder sb = new StringBuilder(200);
    private final String[] slots = new String[Tpl.SLOTS];

    private UUID clientId;
    private long createdSec;
    private long createdDay;
    private long maxDay;          // last day a touchpoint may happen (before the ghosting purchase for ghosted clients)
    private String usualStaff;
    /** Who the client is, for the sentences that fit only some: their birthday (or null) and whether a company. */
    private LocalDate birthday;
    private boolean company;
    /** The client's tags that say what they have: a request does not ask for it ("Asked for a loyalty card", loyalty-card). */
    private List<String> ownTags = List.of();
    /** Someone else ({r}) is on record as sent our way already: they are not referred a second time. */
    private boolean otherReferred;
    private int competitor;
    private int interest;
    /** What is known about the client from their tags and notes (Tpl flags): cautions to respect. */
    private int cautions;
    /** The channel to use instead of a call when the notes say never to phone (Channel ordinal). */
    private int insteadOfCall = Channel.EMAIL.ordinal();

    /**
     * A purchase the story plans: its day, the product (an index into the profile's products, or a
     * negative one for a free-text purchase) and its kind (PRIMARY, COMPANION or RENEWED).
     */
    private record Buy(long day, int prod, byte kind, boolean grows) {
        Buy(long day, int prod, byte kind) {
            this(day, prod, kind, false);
        }
    }

    /** A touchpoint the story plans; what it says, and so its channel and moment, is chosen last. */
    private static final class Event {
        long sec;
        int type;
        /** A Channel ordinal. */
        int channel;
        int prod;
        /** The opportunity it goes on record with (an index into opportunities), or -1. */
        int opp;
        /** Events of one story (a complaint and its fix, a doubt and the reassurance) share a number; 0 is none. */
        int group;
        /** The complaint story a complaint or fix tells, or -1. */
        int story = -1;
        /** The event follows a purchase or an opportunity, so is about its product even when the sentence does not name it. */
        boolean planned;
        /** A birthday greeting: said only on the birthday, which no other event says. */
        boolean birthday;
        /** Not dropped when the plan is brought down to the client's number of touchpoints. */
        boolean keep;
        /** A written one goes out in the evening. */
        boolean evening;
        /** The day a booking speaks of ("delivery booked for {d}"), planned with the story; NONE when any day soon will do. */
        long ahead = NONE;
        /** What it says; null for an opportunity said in the words it went on record with. */
        Tpl tpl;
    }

    // Purchases, kept sorted by day.
    private int np;
    private final Buy[] buys = new Buy[PURCHASE_ROOM];
    /** Products already refused, offered or asked for in an opportunity: one opportunity per product. */
    private final int[] pursued = new int[4];
    private int nPursued;

    // Planned touchpoints.
    private int ne;
    private final Event[] events = new Event[MAX_EVENTS];
    /** The sentences already said to this client, by Tpl id. */
    private long[] usedTpl = new long[(Tpl.count() + 63) >>> 6];
    private int groups;

    private final List<Opportunity> opportunities = new ArrayList<>(4);
    /** Days on which an outcome said the next visit is booked ("Next visit booked in six weeks."). */
    /** Per written touchpoint: 0, or 1 when its sentence asks something no price answers ([ask]), 2 when that is about delivery. */
    private final byte[] asked = new byte[MAX_EVENTS];
    /** The requests (bit: index into opportunities) whose sentence asks something no price answers ([ask]). */
    private long requestAsks;
    private final long[] bookedOn = new long[8];
    /** The day each of those visits happens (or one still to come). */
    private final long[] bookedUntil = new long[8];
    private int nBooked;
    private int competitorReasonDay = -1;

    /** The time each note may be written in (from, to: epoch seconds), by note id. */
    private final Map<java.util.UUID, long[]> noteWindows = new java.util.HashMap<>();
    /** Ids for one client's records; no client has anywhere near this many. */
    private static final int IDS_PER_CLIENT = 256;
    private final Instant idBase;
    private long idSequence;

    ClientMaker(long streamSeed, Part part, long nowSec, int index) {
        this.idBase = Instant.ofEpochSecond(nowSec);
        this.idSequence = (long) index * IDS_PER_CLIENT;
        this.r = new SplittableRandom(streamSeed);
        this.part = part;
        this.pf = part.profile;
        this.nowSec = nowSec;
        // Before 9 in the morning, nothing has happened today yet: the story ends the day before.
        this.nowDay = Math.floorDiv(nowSec - 9 * 3600, DAY);
    }

    DemoClient make() {
        return make(null);
    }

    DemoClient make(Trace trace) {
        int tenure = r.nextInt(100) < 13 ? 1 + r.nextInt(100) : 100 + r.nextInt(628);
        createdDay = nowDay - tenure;
        createdSec = createdDay * DAY + 8 * 3600 + r.nextInt(11 * 3600);
        Instant createdAt = Instant.ofEpochSecond(createdSec);
        clientId = nextId();
        usualStaff = pf.staff[r.nextInt(pf.staff.length)];
        competitor = r.nextInt(pf.competitors.length);
        interest = anchorProduct();

        Identity who = identity();
        birthday = who.birthday;
        company = who.kind == ClientKind.COMPANY;
        slots[Tpl.NAME] = who.greeting;
        slots[Tpl.ORGANISATION] = who.organisation;
        People.Given[] others = r.nextBoolean() ? People.FEMALE : People.MALE;
        int other = r.nextInt(others.length);
        if (others[other].name().equals(who.first)) {
            other = (other + 1) % others.length; // "Rohan sent a neighbour, Rohan": someone else
        }
        slots[Tpl.OTHER_PERSON] = others[other].name();
        slots[Tpl.COMPETITOR] = pf.competitors[competitor].name();
        slots[Tpl.STAFF] = usualStaff;
        slots[Tpl.WEEKDAY] = People.WEEKDAYS[0];
        slots[Tpl.TODAY] = People.WEEKDAYS[0];
        slots[Tpl.PRODUCT] = ref(interest);

        planPurchases();
        who.tags = fittingTags(who.tags);
        for (String tag : who.tags) {
            for (int t = 0; t < pf.tags.length; t++) {
                if (pf.tags[t].equals(tag) && pf.tagInfo[t].needs(Tpl.OWNS)) {
                    ownTags = ownTags.isEmpty() ? new ArrayList<>(2) : ownTags;
                    ownTags.add(tag);
                }
            }
        }
        who.custom = fittingCustom(who.custom);
        boolean ghosted = np > 0 && nowDay - buys[np - 1].day() >= 25 && r.nextInt(100) < 6;
        maxDay = ghosted ? buys[np - 1].day() - 1 : nowDay;

        int target;
        int x = r.nextInt(100);
        if (x < 4) {
            target = 0;
        } else {
            target = 1 + r.nextInt(8) + r.nextInt(8) + r.nextInt(5);
            if (r.nextInt(10) == 0) {
                target += r.nextInt(9);
            }
            // Measured on the days the story can use: a client gone quiet soon after we met them is not
            // given two months' worth of touchpoints in their first week.
            target = Math.min(target, Math.min(25, 3 + (int) Math.max(0, maxDay - createdDay) / 5));
        }

        // The notes come first: what they say (never phone, no photos) shapes everything said afterwards.
        List<Note> notes = new ArrayList<>(writeNotes(who.tags));
        if ((cautions & Tpl.NO_CALLS) != 0) {
            who.preferred = CHANNELS[insteadOfCall];
        }
        if ((cautions & Tpl.LATE_VISITS) != 0 && Math.floorMod(nowSec, DAY) < 20 * 3600) {
            // Comes in after 5pm only: not yet today.
            for (int i = np - 1; i >= 0 && buys[i].day() == nowDay; i--) {
                buys[i] = new Buy(nowDay - 1, buys[i].prod(), buys[i].kind(), buys[i].grows());
            }
        }
        // A client with no touchpoints has nothing on record that a touchpoint would have told.
        if (target > 0) {
            planOpportunities(ghosted);
        }
        planPurchaseStories(ghosted, target > 0);
        planBirthdays(who.birthday, target);
        fit(target);
        List<Purchase> purchases = writePurchases();
        List<Touchpoint> touchpoints = new ArrayList<>(ne);
        dropNotesOverturned(notes);
        int[] tpType = new int[ne];
        int[] tpProd = new int[ne];
        writeTouchpoints(touchpoints, tpType, tpProd);
        if (touchpoints.size() < tpType.length) {
            tpType = Arrays.copyOf(tpType, touchpoints.size());
            tpProd = Arrays.copyOf(tpProd, touchpoints.size());
        }
        List<Done> done = new ArrayList<>(4);
        List<FollowUp> followUps = writeFollowUps(touchpoints, tpType, tpProd, done);
        if (!done.isEmpty()) {
            // The contacts that did the next steps take their places among the others, in time order.
            int n = touchpoints.size();
            Integer[] order = new Integer[n + done.size()];
            List<Touchpoint> all = new ArrayList<>(touchpoints);
            for (Done d : done) {
                all.add(d.contact());
            }
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> all.get(a).occurredAt().compareTo(all.get(b).occurredAt()));
            int[] types = new int[order.length];
            int[] prods = new int[order.length];
            touchpoints.clear();
            for (int k = 0; k < order.length; k++) {
                int i = order[k];
                touchpoints.add(all.get(i));
                types[k] = i < n ? tpType[i] : done.get(i - n).type();
                prods[k] = i < n ? tpProd[i] : done.get(i - n).prod();
            }
            tpType = types;
            tpProd = prods;
        }
        List<CompetitorLink> links = writeLinks();
        notes = notesAfterContacts(notes, touchpoints);
        if (trace != null) {
            trace.kinds = tpType;
            trace.products = tpProd;
            trace.profile = pf;
        }

        Instant last = touchpoints.isEmpty() ? null : touchpoints.get(touchpoints.size() - 1).occurredAt();
        Instant updatedAt = r.nextBoolean() ? createdAt : Instant.ofEpochSecond(createdSec + r.nextLong(nowSec - createdSec));
        Client client = new Client(clientId, who.kind, who.first, who.last, who.display, who.company, who.addressAs,
                who.phones, who.emails, who.address, who.birthday, who.source, who.preferred, who.tags, who.custom,
                createdAt, updatedAt, last);
        return new DemoClient(client, touchpoints, List.copyOf(notes), purchases, List.copyOf(opportunities), links, followUps);
    }

    // ---------------------------------------------------------------- who the client is

    private static final class Identity {
        ClientKind kind = ClientKind.PERSON;
        String first;
        String last;
        String display;
        String company;
        String addressAs;
        String greeting;
        String organisation;
        List<ContactPoint> phones;
        List<ContactPoint> emails;
        Address address;
        LocalDate birthday;
        String source;
        Channel preferred;
        List<String> tags;
        Map<String, String> custom;
    }

    private Identity identity() {
        Identity id = new Identity();
        boolean company = r.nextInt(100) < pf.companyPct;
        boolean female = r.nextInt(100) < pf.femalePct;
        People.Given given = female ? People.FEMALE[r.nextInt(People.FEMALE.length)] : People.MALE[r.nextInt(People.MALE.length)];
        People.Family family = People.FAMILY[r.nextInt(People.FAMILY.length)];
        People.Country country = People.COUNTRIES[Profile.pick(pf.localeCum, r)];
        People.Place place = country.places[r.nextInt(country.places.length)];
        id.first = given.name();
        id.last = family.name();

        String companyDomain = null;
        if (company) {
            int w = r.nextInt(pf.companyWords.length);
            int k = r.nextInt(pf.companyKinds.length);
            String name = pf.companyWords[w] + " " + pf.companyKinds[k];
            companyDomain = pf.companyWordsAscii[w] + (r.nextBoolean() ? "" : "-") + pf.companyKindsAscii[k] + "." + country.tld;
            if (r.nextInt(100) < 35) {
                name = name + " " + legalForm(country);
            }
            id.kind = ClientKind.COMPANY;
            id.company = name;
            id.display = name;
            id.addressAs = given.nicknames().length > 0 && r.nextInt(100) < pf.nicknamePct
                    ? given.nicknames()[r.nextInt(given.nicknames().length)] : given.name();
        } else {
            id.display = given.name() + " " + family.name();
            if (pf.companyPct > 50) {
                // In business-to-business sales, a person is a sole trader with a trading name.
                int k = r.nextInt(pf.companyKinds.length);
                id.company = family.name() + " " + pf.companyKinds[k];
                companyDomain = family.ascii() + pf.companyKindsAscii[k] + "." + country.tld;
            }
            int x = r.nextInt(100);
            if (given.nicknames().length > 0 && x < pf.nicknamePct) {
                id.addressAs = given.nicknames()[r.nextInt(given.nicknames().length)];
            } else if (x >= 100 - pf.honorificPct) {
                id.addressAs = (female ? (r.nextBoolean() ? "Mrs " : "Ms ") : "Mr ") + family.name();
            }
        }
        id.greeting = id.addressAs != null ? id.addressAs : given.name();
        id.organisation = id.company != null ? id.company : id.display;

        int birthYear = 0;
        if (r.nextInt(100) < (company ? 25 : 72)) {
            int age = pf.ageMin + r.nextInt(pf.ageMax - pf.ageMin + 1);
            id.birthday = LocalDate.ofEpochDay(nowDay - age * 365L - r.nextInt(365));
            birthYear = id.birthday.getYear();
        }

        // Phones: companies give the office line first; people mostly their mobile.
        ContactPoint first;
        ContactPoint second = null;
        boolean two = r.nextInt(100) < 32;
        if (company) {
            first = new ContactPoint("work", People.landline(country, place, r));
            if (two) {
                second = new ContactPoint("mobile", People.mobile(country, r));
            }
        } else if (r.nextInt(100) < 85) {
            first = new ContactPoint("mobile", People.mobile(country, r));
            if (two) {
                second = new ContactPoint(r.nextInt(100) < 60 ? "home" : "work", People.landline(country, place, r));
            }
        } else {
            first = new ContactPoint("home", People.landline(country, place, r));
            if (two) {
                second = new ContactPoint("mobile", People.mobile(country, r));
            }
        }
        id.phones = second == null ? List.of(first) : List.of(first, second);

        // Emails.
        int x = r.nextInt(100);
        if (company) {
            if (x < 92) {
                ContactPoint work = new ContactPoint("work", People.workEmail(given, family, companyDomain, r));
                if (x < 30) {
                    String box = x < 10 ? "accounts@" : x < 20 ? "office@" : "info@";
                    id.emails = List.of(work, new ContactPoint("work", box + companyDomain));
                } else {
                    id.emails = List.of(work);
                }
            } else {
                id.emails = List.of();
            }
        } else if (x < 15) {
            id.emails = List.of();
        } else {
            ContactPoint personal = new ContactPoint("personal", People.personalEmail(given, family, country, birthYear, r));
            if (x < 82) {
                id.emails = List.of(personal);
            } else {
                String domain = companyDomain != null ? companyDomain : People.EMPLOYERS[r.nextInt(People.EMPLOYERS.length)];
                id.emails = List.of(personal, new ContactPoint("work", People.workEmail(given, family, domain, r)));
            }
        }

        x = r.nextInt(100);
        if (x < 86) {
            id.address = People.address(country, place, r);
        } else if (x < 93) {
            id.address = new Address(null, null, place.city(), place.region(), country.label);
        }

        id.source = r.nextInt(100) < 6 ? null : pf.sources[Profile.pick(pf.sourceCum, r)];
        id.preferred = r.nextInt(100) < 10 ? null : CHANNELS[Profile.pick(pf.preferredChannelCum, r)];

        int tagCount = Profile.pick(TAG_COUNT_CUM, r);
        if (tagCount == 0) {
            id.tags = List.of();
        } else {
            String[] chosen = new String[tagCount];
            int n = 0;
            for (int attempt = 0; attempt < tagCount * 3 && n < tagCount; attempt++) {
                int t = r.nextInt(pf.tags.length);
                String tag = pf.tags[t];
                if (!contains(chosen, n, tag) && !pf.tagInfo[t].clashesWith(cautions)) {
                    chosen[n++] = tag;
                    cautions |= pf.tagInfo[t].flags & ~Tpl.NEEDS;
                }
            }
            id.tags = List.of(Arrays.copyOf(chosen, n));
        }

        if (r.nextInt(100) < 40) {
            Map<String, String> custom = new LinkedHashMap<>(4);
            int fields = 1 + (r.nextInt(100) < 35 ? 1 : 0);
            for (int f = 0; f < fields; f++) {
                int k = r.nextInt(pf.customKeys.length);
                String[] values = pf.customValues[k];
                String value = values[r.nextInt(values.length)];
                // A field that names a member of staff names the one the client usually sees.
                custom.putIfAbsent(pf.customKeys[k], contains(values, values.length, usualStaff) ? usualStaff : value);
            }
            id.custom = custom;
        } else {
            id.custom = Map.of();
        }
        return id;
    }

    /**
     * The tags the purchases bear out: one only a client who bought can have ("vip", "at-risk") is taken off a prospect,
     * one of a client who keeps coming back ("every-6-weeks", "reference-customer") off a client who does not.
     */
    private List<String> fittingTags(List<String> tags) {
        boolean prospect = np == 0;
        boolean regular = regular();
        if (tags.isEmpty() || !prospect && regular) {
            return tags;
        }
        List<String> kept = new ArrayList<>(tags.size());
        cautions = 0;
        for (String tag : tags) {
            for (int t = 0; t < pf.tags.length; t++) {
                if (pf.tags[t].equals(tag) && !(prospect && pf.tagInfo[t].needs(Tpl.OWNS))
                        && !(!regular && pf.tagInfo[t].needs(Tpl.REGULAR))) {
                    kept.add(tag);
                    cautions |= pf.tagInfo[t].flags & ~Tpl.NEEDS;
                }
            }
        }
        return kept.size() == tags.size() ? tags : List.copyOf(kept);
    }

    /** Whether the client keeps coming back: three purchases or more on different days, the last in the past four months. */
    private boolean regular() {
        int days = 0;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < np; i++) {
            long d = buys[i].day();
            if (d != last) {
                days++;
            }
            last = Math.max(last, d);
        }
        return days >= 3 && last >= nowDay - 120;
    }

    private static boolean contains(String[] values, int n, String value) {
        for (int i = 0; i < n; i++) {
            if (values[i].equals(value)) {
                return true;
            }
        }
        return false;
    }

    private String legalForm(People.Country c) {
        return switch (c) {
            case UK, IE -> "Ltd";
            case US -> r.nextBoolean() ? "Inc." : "LLC";
            case CA -> "Inc.";
            case AU -> "Pty Ltd";
            case NL -> "B.V.";
            case DE -> "GmbH";
            case FR -> "SAS";
            case ES -> "S.L.";
        };
    }

    // ---------------------------------------------------------------- products

    private int weightedProduct() {
        return Profile.pick(pf.productCum, r);
    }

    /** A product conversations can be about (not an add-on or a plan), drawn by weight. */
    private int anchorProduct() {
        for (int attempt = 0; attempt < 12; attempt++) {
            int p = weightedProduct();
            if (anchor(p)) {
                return p;
            }
        }
        return weightedProduct();
    }

    private boolean anchor(int prod) {
        return ((pf.anchorGroups >> group(prod)) & 1) != 0;
    }

    /** A plan or service: it serves another product, so is only bought or offered beside one. */
    private boolean service(int prod) {
        return ((pf.serviceGroups >> group(prod)) & 1) != 0;
    }

    /** The latest purchase on or before {@code day} worth talking about; else NONE. */
    private int lastAnchorOn(long day) {
        for (int i = np - 1; i >= 0; i--) {
            if (buys[i].day() <= day && anchor(buys[i].prod())) {
                return buys[i].prod();
            }
        }
        return NONE;
    }

    private int group(int prod) {
        return prod >= 0 ? pf.products[prod].group() : pf.freeTexts[-1 - prod].group();
    }

    private String ref(int prod) {
        return prod >= 0 ? pf.products[prod].ref() : pf.freeTexts[-1 - prod].ref();
    }

    private boolean complex(int prod) {
        return prod >= 0 && pf.products[prod].complexity() == Complexity.COMPLEX;
    }

    /** Whether the client buys {@code prod} at any time. */
    private boolean bought(int prod) {
        return boughtBetween(prod, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private boolean boughtBetween(int prod, long from, long to) {
        for (int i = 0; i < np; i++) {
            if (buys[i].prod() == prod && buys[i].day() >= from && buys[i].day() <= to) {
                return true;
            }
        }
        return false;
    }

    private boolean renewedBetween(int prod, long from, long to) {
        for (int i = 0; i < np; i++) {
            if (buys[i].kind() == RENEWED && buys[i].prod() == prod && buys[i].day() >= from && buys[i].day() <= to) {
                return true;
            }
        }
        return false;
    }

    /** Whether by {@code day} the client had bought something worth talking about other than {@code except}. */
    private boolean ownsBy(long day, int except) {
        for (int i = 0; i < np && buys[i].day() <= day; i++) {
            if (anchor(buys[i].prod()) && buys[i].prod() != except) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code prod} goes with something the client had by {@code day} (as a companion or an upsell). */
    private boolean servesOwned(int prod, long day) {
        for (int i = 0; i < np && buys[i].day() <= day; i++) {
            int q = buys[i].prod();
            if (q >= 0 && (contains(pf.products[q].companions(), prod) || contains(pf.products[q].upsells(), prod))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private boolean pursued(int prod) {
        for (int i = 0; i < nPursued; i++) {
            if (pursued[i] == prod) {
                return true;
            }
        }
        return false;
    }

    /** Whether the client could sensibly buy {@code prod} on its own on {@code day}. */
    private boolean standalone(int prod, long day) {
        return prod < 0 || !pf.products[prod].companionOnly() && (!service(prod) || servesOwned(prod, day));
    }

    /**
     * Something worth offering on {@code day}: what goes with the client's latest product, else a product
     * of the kind conversations are about; never what they already have, or what an opportunity is about. With
     * {@code never}, also nothing they ever buy (a refusal of it would stay in every brief). NONE if nothing fits.
     */
    private int offerFor(long day, boolean never) {
        int base = lastAnchorOn(day);
        if (base >= 0) {
            int[] ups = pf.products[base].upsells();
            for (int attempt = 0; ups.length > 0 && attempt < 4; attempt++) {
                int p = ups[r.nextInt(ups.length)];
                if (offerable(p, day, never)) {
                    return p;
                }
            }
        }
        for (int attempt = 0; attempt < 6; attempt++) {
            int p = anchorProduct();
            if (offerable(p, day, never)) {
                return p;
            }
        }
        return NONE;
    }

    private boolean offerable(int p, long day, boolean never) {
        return p >= 0 && !pursued(p) && !(never ? bought(p) : boughtBetween(p, Long.MIN_VALUE, day))
                && standalone(p, day);
    }

    /** Something the client asks about: what they came for, else another product they do not have; NONE if nothing fits. */
    private int wantedOn(long day) {
        int p = interest;
        for (int attempt = 0; attempt < 6 && (boughtBetween(p, Long.MIN_VALUE, day) || !standalone(p, day)); attempt++) {
            p = anchorProduct();
        }
        return boughtBetween(p, Long.MIN_VALUE, day) || !standalone(p, day) ? NONE : p;
    }

    private void planPurchases() {
        int x = r.nextInt(100);
        int target = x < 15 ? 0 : x < 50 ? 1 : x < 75 ? 2 : x < 90 ? 3 : 4;
        if (target == 0) {
            return;
        }
        long first = createdDay + r.nextInt((int) Math.min(nowDay - createdDay, 10) + 1);
        for (int k = 0; k < target && np < MAX_PURCHASES; k++) {
            long day = k == 0 ? first : first + r.nextLong(nowDay - first + 1);
            int prod;
            if (r.nextInt(100) < 3 && k > 0) {
                // Something off the catalog (a repair, spare chargers): for a client who already buys from us.
                prod = -1 - r.nextInt(pf.freeTexts.length);
            } else {
                prod = k == 0 ? interest : weightedProduct();
                if (bought(prod) && r.nextInt(100) < 70) {
                    prod = weightedProduct();
                }
                for (int attempt = 0; attempt < 4 && !pf.repeatPurchases && bought(prod); attempt++) {
                    prod = weightedProduct(); // one oven is enough
                }
                // A plan or a service is bought beside what it serves, an installation only with the appliance.
                for (int attempt = 0; attempt < 4 && !standalone(prod, day); attempt++) {
                    prod = weightedProduct();
                }
                if (!standalone(prod, day)) {
                    prod = interest;
                }
            }
            addPurchase(day, prod, PRIMARY);
            if (prod >= 0) {
                for (int companion : pf.products[prod].companions()) {
                    if (np < MAX_PURCHASES && r.nextInt(100) < pf.companionPct) {
                        addPurchase(day, companion, COMPANION);
                    }
                }
            }
        }
    }

    private void addPurchase(long day, int prod, byte kind) {
        addPurchase(new Buy(day, prod, kind));
    }

    private void addPurchase(Buy buy) {
        long day = buy.day();
        int i = np++;
        while (i > 0 && buys[i - 1].day() > day) {
            buys[i] = buys[i - 1];
            i--;
        }
        buys[i] = buy;
    }

    /**
     * The purchases in time order, the main one of a day first; its id is the day's highest, so the store
     * (newest first, by id within a day) and this list agree on which is the client's latest purchase.
     */
    private List<Purchase> writePurchases() {
        Purchase[] out = new Purchase[np];
        UUID[] ids = new UUID[np];
        for (int from = 0; from < np; ) {
            int to = from;
            while (to + 1 < np && buys[to + 1].day() == buys[from].day()) {
                to++;
            }
            for (int i = to; i >= from; i--) {
                ids[i] = nextId();
            }
            from = to + 1;
        }
        int[] qtys = new int[np];
        long[] amounts = new long[np];
        for (int i = 0; i < np; i++) {
            int prod = buys[i].prod();
            long day = buys[i].day();
            long sec = Math.min(Math.max(day * DAY + 10 * 3600 + r.nextInt(8 * 3600), createdSec + 60), nowSec - 60);
            UUID id = ids[i];
            LocalDate on = LocalDate.ofEpochDay(day);
            if (prod < 0) {
                Profile.FreeText ft = pf.freeTexts[-1 - prod];
                out[i] = new Purchase(id, clientId, null, ft.description(), on, BigDecimal.valueOf(ft.cents(), 2), null, null);
                continue;
            }
            Profile.ProductSpec s = pf.products[prod];
            int renews = buys[i].kind() == RENEWED ? renewedBy(i, prod, s.renewalMonths()) : -1;
            int qty;
            long cents;
            if (renews >= 0) {
                // A renewal is of what they had, at the price per pack they paid, with a pack more when it grows.
                qty = qtys[renews] + (buys[i].grows() ? 1 : 0);
                cents = amounts[renews] / qtys[renews] * qty;
            } else {
                qty = s.maxQty() <= 1 ? 1 : 1 + r.nextInt(r.nextBoolean() ? s.maxQty() : Math.max(1, s.maxQty() / 3));
                cents = s.priceCents() * qty;
                int d = r.nextInt(100);
                if (d >= 60) {
                    cents = d < 90 ? cents * (85 + r.nextInt(15)) / 100 : cents * (100 + r.nextInt(8)) / 100;
                    long unit = s.priceCents() >= 100_000 ? 1000 : s.priceCents() >= 10_000 ? 100 : 50;
                    cents = Math.max(unit, (cents + unit / 2) / unit * unit);
                }
            }
            qtys[i] = qty;
            amounts[i] = cents;
            String description = qty == 1 ? s.name() : qty + " × " + s.name();
            LocalDate warranty = s.warrantyMonths() > 0 ? on.plusMonths(s.warrantyMonths()) : null;
            LocalDate renewal = s.renewalMonths() > 0 ? on.plusMonths(s.renewalMonths()) : null;
            out[i] = new Purchase(id, clientId, part.products[prod].id(), description, on, BigDecimal.valueOf(cents, 2),
                    warranty, renewal);
        }
        return List.of(out);
    }

    /**
     * The purchase renewal {@code i} renews: of {@code prod}, its term before (a second licence bought meanwhile
     * is not the one renewed); else the latest before it; -1 when none.
     */
    private int renewedBy(int i, int prod, int months) {
        int latest = -1;
        for (int j = i - 1; j >= 0; j--) {
            if (buys[j].prod() == prod) {
                if (LocalDate.ofEpochDay(buys[j].day()).plusMonths(months).toEpochDay() == buys[i].day()) {
                    return j;
                }
                latest = latest < 0 ? j : latest;
            }
        }
        return latest;
    }

    /** Whether a renewal of {@code prod} between the two days (inclusive) grew (a pack more: users, vehicles). */
    private boolean grownBetween(int prod, long from, long to) {
        for (int i = 0; i < np; i++) {
            Buy b = buys[i];
            if (b.kind() == RENEWED && b.grows() && b.prod() == prod && b.day() >= from && b.day() <= to) {
                return true;
            }
        }
        return false;
    }

    /** Whether by {@code day} the client had had something of product group {@code g} (a colour, for a colour formula). */
    private boolean ownsGroupBy(int g, long day) {
        return firstOfGroup(g) <= day;
    }

    /** The day of the first purchase of product group {@code g}, or Long.MAX_VALUE. */
    private long firstOfGroup(int g) {
        for (int i = 0; i < np; i++) {
            if (group(buys[i].prod()) == g) {
                return buys[i].day();
            }
        }
        return Long.MAX_VALUE;
    }

    /**
     * Whether what a sentence takes for granted is true on {@code day}: the season it names, the client's
     * age for a family word, a household rather than a company, something of a product group they have had,
     * the group of {p} itself, and no purchase yet for something said before buying.
     */
    private boolean holds(Tpl t, int prod, long day) {
        if (t.monthFrom != 0 && !t.inSeason(LocalDate.ofEpochDay(day).getMonthValue())) {
            return false;
        }
        if (t.ownsGroup >= 0 && !ownsGroupBy(t.ownsGroup, day)) {
            return false;
        }
        if (t.productGroup >= 0 && (prod == NONE || group(prod) != t.productGroup)) {
            return false;
        }
        if (day - createdDay < t.knownDays) {
            return false;
        }
        int f = t.flags;
        if ((f & Tpl.PERSON) != 0 && company) {
            return false;
        }
        if ((f & (Tpl.OLDER | Tpl.YOUNG)) != 0) {
            int age = birthday == null ? -1 : java.time.Period.between(birthday, LocalDate.ofEpochDay(day)).getYears();
            if ((f & Tpl.OLDER) != 0 && age < Tpl.OLDER_FROM) {
                return false;
            }
            if ((f & Tpl.YOUNG) != 0 && age >= 0 && (age < 18 || age > Tpl.YOUNG_UNTIL)) {
                return false;
            }
        }
        return (f & Tpl.BEFORE_BUYING) == 0 || np == 0 || day < buys[0].day();
    }

    /** The first of {@code texts}, from a drawn one on, whose assumptions hold; the drawn one when none does. */
    private Tpl holding(Tpl[] texts, int prod, long day) {
        int at = r.nextInt(texts.length);
        for (int k = 0; k < texts.length; k++) {
            Tpl t = texts[(at + k) % texts.length];
            if (holds(t, prod, day)) {
                return t;
            }
        }
        return texts[at];
    }

    /** The custom fields that are true of the client (a colour formula for someone who has had a colour). */
    private Map<String, String> fittingCustom(Map<String, String> custom) {
        if (custom.isEmpty()) {
            return custom;
        }
        Map<String, String> kept = new LinkedHashMap<>(4);
        custom.forEach((key, value) -> {
            for (int k = 0; k < pf.customKeys.length; k++) {
                if (pf.customKeys[k].equals(key) && holds(pf.customNeeds[k], NONE, nowDay)) {
                    kept.put(key, value);
                }
            }
        });
        return kept.size() == custom.size() ? custom : kept;
    }

    // ---------------------------------------------------------------- planning touchpoints

    /** Plans a touchpoint; days before the client existed move to their first day, days past maxDay are dropped. */
    private int event(long day, int type, int prod, boolean keep, int opp, boolean evening) {
        // A client left in silence since their last purchase still made that purchase with us, on the day.
        if (day > (type == SALE ? nowDay : maxDay) || ne >= MAX_EVENTS) {
            return -1;
        }
        if (day < createdDay) {
            if (type != ENQUIRY) {
                return -1; // an appointment booked before we knew the client: they booked when they first got in touch
            }
            day = createdDay;
        }
        int channel = Profile.pick(pf.channelCum[type], r);
        Event e = new Event();
        e.sec = place(day, channel, evening);
        e.type = type;
        e.channel = channel;
        e.prod = prod;
        e.keep = keep;
        e.opp = opp;
        e.evening = evening;
        e.planned = prod != NONE;
        int i = ne++;
        events[i] = e;
        return i;
    }

    /** A moment on {@code day} that suits the channel (and the client's notes), after the client was created and before now. */
    private long place(long day, int channel, boolean evening) {
        Channel c = CHANNELS[channel];
        long time;
        if (evening && (c == Channel.MESSAGE || c == Channel.EMAIL)) {
            time = 18 * 3600 + r.nextInt(3 * 3600);
        } else {
            time = switch (c) {
                case VISIT -> (cautions & Tpl.LATE_VISITS) != 0 ? 17 * 3600 + 300L * r.nextInt(36)
                        : 9 * 3600 + 300L * r.nextInt(114);
                case MEETING -> 8 * 3600 + 1800 + 900L * r.nextInt(33);
                case CALL -> callTime();
                case EMAIL -> 7 * 3600 + r.nextInt(15 * 3600);
                case MESSAGE -> 8 * 3600 + r.nextInt(13 * 3600 + 1800);
            };
        }
        long sec = day * DAY + time;
        if (sec <= createdSec) {
            sec = createdSec + 60 + r.nextInt(1800);
        }
        if (sec >= nowSec - 60) {
            sec = nowSec - 120 - r.nextInt(1800);
            if (sec <= createdSec) {
                sec = createdSec + (nowSec - createdSec) / 2;
            }
        }
        return sec;
    }

    private long callTime() {
        boolean late = (cautions & Tpl.NOT_BEFORE_TEN) != 0;
        long time = late ? 10 * 3600 + r.nextInt(8 * 3600 + 1800) : 8 * 3600 + 1800 + r.nextInt(10 * 3600);
        if ((cautions & Tpl.NOT_THREE_TO_FOUR) != 0 && time >= 15 * 3600 && time < 16 * 3600) {
            time += 3600;
        }
        return time;
    }

    private void planPurchaseStories(boolean ghosted, boolean complaints) {
        int lastPrimary = -1;
        for (int k = np - 1; k >= 0; k--) {
            if (buys[k].kind() == PRIMARY) {
                lastPrimary = k;
                break;
            }
        }
        // Renewals are added after the walk, so the purchases keep their places while it runs.
        Buy[] renewals = new Buy[MAX_PURCHASES + 2];
        int renewed = 0;
        int planned = np;
        for (int k = 0; k < planned; k++) {
            if (buys[k].kind() != PRIMARY) {
                continue;
            }
            long d = buys[k].day();
            int prod = buys[k].prod();
            if (r.nextInt(100) < 28 && (k == 0 || d - buys[k - 1].day() > 3) && !boughtBetween(prod, Long.MIN_VALUE, d - 1)) {
                event(d - 1 - r.nextInt(14), ENQUIRY, prod, false, -1, false);
            }
            // Every purchase is on record with the contact it was made in, that day.
            int sold = event(d, SALE, prod, true, -1, false);
            if (((pf.appointmentGroups >> group(prod)) & 1) != 0 && r.nextInt(100) < 45) {
                event(d - 1 - r.nextInt(12), BOOKING, prod, false, -1, false);
            }
            boolean mustCare = k == lastPrimary && !ghosted;
            boolean delivered = ((pf.bookingGroups >> group(prod)) & 1) != 0;
            // The day it is delivered: the booking names it, and the check after delivery comes after it.
            long deliveredOn = delivered ? soonAfter(d + 1) : d;
            int booking = -1;
            if (delivered && r.nextInt(100) < 55) {
                booking = event(d + 1 + r.nextInt(2), BOOKING, prod, false, -1, false);
                if (booking >= 0) {
                    long bookedOn = Math.floorDiv(events[booking].sec, DAY);
                    deliveredOn = deliveredOn > bookedOn ? deliveredOn : soonAfter(bookedOn);
                    events[booking].ahead = deliveredOn;
                }
            }
            if (delivered && sold >= 0) {
                // "Fitter will be there on Friday", "delivery booked for Friday": the day it is delivered, as the booking says.
                events[sold].ahead = deliveredOn;
            }
            if (complex(prod)) {
                // A delivery booked is followed by the call after it: the two are kept or dropped together.
                if (mustCare || booking >= 0 || r.nextInt(100) < 70) {
                    long after = delivered ? deliveredOn + 1 + r.nextInt(3) : d + 1 + r.nextInt(5);
                    int check = event(after, AFTER, prod, mustCare, -1, false);
                    if (booking >= 0 && check >= 0 && !mustCare) {
                        int story = ++groups;
                        events[booking].group = story;
                        events[check].group = story;
                    }
                }
            } else if (mustCare || booking >= 0 || r.nextInt(100) < 50) {
                int offset = r.nextInt(mustCare ? 12 : 15);
                // After a delivery booked, the word that follows comes once it is delivered, kept or dropped with the booking.
                long on = booking >= 0 ? Math.max(d + offset, deliveredOn + 1) : d + offset;
                int thanks = event(on, THANKS, prod, mustCare, -1, offset == 0 && booking < 0);
                if (booking >= 0 && thanks >= 0 && !mustCare) {
                    int story = ++groups;
                    events[booking].group = story;
                    events[thanks].group = story;
                }
            }
            if (prod >= 0 && r.nextInt(100) < pf.products[prod].issuePct()) {
                // Under warranty a fault can come up any time; a care product goes back within the month.
                int within = pf.products[prod].warrantyMonths() > 0 ? 400 : 28;
                event(d + (within > 28 ? 30 : 3) + r.nextInt(within), WARRANTY, prod, false, -1, false);
            }
            if (prod >= 0 && pf.products[prod].renewalMonths() > 0) {
                Profile.ProductSpec s = pf.products[prod];
                long due = LocalDate.ofEpochDay(d).plusMonths(s.renewalMonths()).toEpochDay();
                int remindPct = !anchor(prod) ? 60 : s.renewalMonths() >= 12 ? 75 : 25;
                boolean reminded = r.nextInt(100) < remindPct
                        && event(due - 7 - r.nextInt(23), RENEWAL, prod, false, -1, false) >= 0;
                // A yearly plan is mostly renewed; a monthly one only when the reminder got an answer.
                int renewPct = s.renewalMonths() >= 12 ? 80 : reminded ? 60 : 0;
                if (!ghosted && due <= maxDay && r.nextInt(100) < renewPct && renewed < renewals.length) {
                    // Licences sold by the pack (users, vehicles) are now and then renewed with one pack more.
                    boolean grows = s.maxQty() > 1 && r.nextInt(100) < 25;
                    renewals[renewed++] = new Buy(due, prod, RENEWED, grows);
                }
            }
            if (!anchor(prod)) {
                continue;
            }
            if (r.nextInt(100) < 9) {
                // Second thoughts, usually followed by reassurance: kept or dropped together.
                long doubtDay = d + 2 + r.nextInt(19);
                int story = ++groups;
                int doubt = event(doubtDay, DOUBT, prod, false, -1, false);
                if (doubt >= 0) {
                    events[doubt].group = story;
                    if (r.nextInt(100) < 70) {
                        int reassure = event(doubtDay + 1 + r.nextInt(5), VALUE, prod, false, -1, false);
                        if (reassure >= 0) {
                            events[reassure].group = story;
                        }
                    }
                }
            }
            if (r.nextInt(100) < 6 && complaints) {
                complaint(k, d + 3 + r.nextInt(40));
            }
            if (r.nextInt(100) < 22) {
                event(d + 14 + r.nextInt(60), VALUE, prod, false, -1, false);
            }
        }
        for (int i = 0; i < renewed && np < PURCHASE_ROOM; i++) {
            addPurchase(renewals[i]);
        }
        long lastDay = np == 0 ? Long.MIN_VALUE : buys[np - 1].day();
        for (int i = 0; i < renewed; i++) {
            // Confirmed soon after; kept when it is the latest purchase, so the client is not left unspoken to.
            Buy renewal = renewals[i];
            event(renewal.day(), RENEWAL, renewal.prod(), true, -1, false);
        }
    }

    /** Now and then a birthday greeting, on the birthday. */
    private void planBirthdays(LocalDate birthday, int target) {
        if (birthday == null || target < 4) {
            return;
        }
        int year = LocalDate.ofEpochDay(createdDay).getYear();
        for (int y = year; y <= LocalDate.ofEpochDay(maxDay).getYear(); y++) {
            long day = birthday.withYear(y).toEpochDay();
            // A greeting is sent on the day itself, so only on a day the business is open.
            if (day >= createdDay && day <= maxDay && open(day) && r.nextInt(100) < 30) {
                int at = event(day, Profile.RELATION, NONE, false, -1, false);
                if (at >= 0) {
                    events[at].birthday = true;
                }
            }
        }
    }

    /** A complaint about purchase k, on record, and usually the fix that answers it (one story: both or neither). */
    private void complaint(int k, long day) {
        int prod = buys[k].prod();
        Profile.ComplaintStory[] stories = pf.complaintStories[group(prod)];
        int s = r.nextInt(stories.length);
        boolean noCalls = (cautions & Tpl.NO_CALLS) != 0;
        for (int attempt = 0; attempt < stories.length && noCalls
                && (stories[s].complaint().channel == Channel.CALL.ordinal() || stories[s].fix().channel == Channel.CALL.ordinal()); attempt++) {
            s = (s + 1) % stories.length;
        }
        int opp = opportunities.size();
        int story = ++groups;
        int at = event(day, COMPLAINT, prod, true, opp, false);
        if (at < 0) {
            return;
        }
        events[at].group = story;
        events[at].story = s;
        long fixDay = day + 1 + r.nextInt(7);
        int fix = r.nextInt(100) < 85 ? event(fixDay, FIX, prod, true, -1, false) : -1;
        if (fix >= 0) {
            events[fix].group = story;
            events[fix].story = s;
        }
        OpportunityStatus status;
        long closed;
        if (fix >= 0) {
            status = OpportunityStatus.WON;
            closed = fixDay;
        } else if (r.nextInt(100) < 30 || day < nowDay - 60) {
            // Not put right: still open while recent; after two months the client has given up on it.
            status = OpportunityStatus.LOST;
            closed = day + r.nextInt(20);
        } else {
            status = OpportunityStatus.OPEN;
            closed = -1;
        }
        slots[Tpl.PRODUCT] = ref(prod);
        String summary = stories[s].summary().render(sb, slots);
        addOpportunity(OpportunityKind.COMPLAINT, status, prod, null, null, day, closed, summary, false);
    }

    private void planOpportunities(boolean ghosted) {
        int count = r.nextInt(100) < 26 ? (r.nextInt(100) < 20 ? 2 : 1) : 0;
        for (int o = 0; o < count; o++) {
            OpportunityKind kind = OPP_KINDS[Profile.pick(np > 0 ? OPP_BUYER_CUM : OPP_PROSPECT_CUM, r)];
            boolean afterPurchase = kind == OpportunityKind.UPSELL || kind == OpportunityKind.COMPLAINT
                    || kind == OpportunityKind.REFERRAL;
            long lo = afterPurchase ? buys[0].day() : createdDay;
            if (maxDay < lo) {
                continue;
            }
            if (kind == OpportunityKind.COMPLAINT) {
                int k = r.nextInt(np);
                for (int step = 0; step < np && !anchor(buys[k].prod()); step++) {
                    k = (k + 1) % np;
                }
                if (anchor(buys[k].prod()) && buys[k].day() <= maxDay) {
                    complaint(k, buys[k].day() + 3 + r.nextInt(40));
                }
                continue;
            }
            long opened = lo + r.nextLong(maxDay - lo + 1);
            int x = r.nextInt(100);
            OpportunityStatus status;
            long closed = -1;
            switch (kind) {
                case REFUSAL -> {
                    status = x < 55 ? OpportunityStatus.LOST : x < 90 ? OpportunityStatus.OPEN : OpportunityStatus.DISMISSED;
                    if (status != OpportunityStatus.OPEN) {
                        closed = opened + (status == OpportunityStatus.LOST ? 0 : r.nextInt(30));
                    }
                }
                case UPSELL -> {
                    status = x < 45 ? OpportunityStatus.OPEN : x < 75 ? OpportunityStatus.WON
                            : x < 90 ? OpportunityStatus.LOST : OpportunityStatus.DISMISSED;
                    if (status != OpportunityStatus.OPEN) {
                        closed = opened + (status == OpportunityStatus.WON ? 3 + r.nextInt(58) : r.nextInt(30));
                    }
                }
                case REQUEST -> {
                    // A request is answered within a few months, one way or the other.
                    if (opened < nowDay - 90 && x < 40) {
                        x = 40 + r.nextInt(60);
                    }
                    status = x < 40 ? OpportunityStatus.OPEN : x < 75 ? OpportunityStatus.WON
                            : x < 88 ? OpportunityStatus.LOST : OpportunityStatus.DISMISSED;
                    if (status != OpportunityStatus.OPEN) {
                        closed = opened + 1 + r.nextInt(30);
                    }
                }
                default -> {
                    // A referral that fell through is not on record as one: "agreed to be a reference" and lost
                    // contradict each other beside a reference-customer tag.
                    status = x < 55 ? OpportunityStatus.WON : OpportunityStatus.OPEN;
                    if (status != OpportunityStatus.OPEN) {
                        closed = opened + 2 + r.nextInt(38);
                    }
                }
            }
            // A refusal is of something the client never buys (the brief keeps every refusal); an offer or a
            // request is of something they do not have yet.
            int prod = switch (kind) {
                case REFUSAL -> offerFor(opened, true);
                case UPSELL -> offerFor(opened, false);
                case REQUEST -> {
                    int p = weightedProduct();
                    p = offerable(p, opened, false) ? p : wantedOn(opened);
                    yield p == NONE || pursued(p) ? NONE : p;
                }
                default -> NONE;
            };
            if ((kind == OpportunityKind.REFUSAL || kind == OpportunityKind.UPSELL) && prod == NONE) {
                continue;
            }
            String reasonCode = null;
            String reasonText = null;
            if (kind == OpportunityKind.REFUSAL) {
                int reason = Profile.pick(REASON_CUM, r);
                reasonCode = Profile.REASON_CODES[reason];
                slots[Tpl.PRODUCT] = ref(prod);
                Tpl[] texts = pf.reasons[reason];
                reasonText = holding(texts, prod, opened).render(sb, slots);
                if (reason == 3) {
                    competitorReasonDay = (int) opened;
                }
            }
            if (prod >= 0 && nPursued < pursued.length) {
                pursued[nPursued++] = prod;
            }
            // A won upsell or request is bought the day it closes; one that cannot be is still open.
            boolean canBuy = !ghosted && np < MAX_PURCHASES;
            int index = addOpportunity(kind, status, prod, reasonCode, reasonText, opened, closed, null, canBuy);
            int type = switch (kind) {
                case REFUSAL -> REFUSAL;
                case UPSELL -> OFFER;
                case REQUEST -> ENQUIRY;
                default -> REFERRAL;
            };
            Opportunity made = opportunities.get(index);
            event(opened, type, made.productId() == null ? NONE : prod, true, index, false);
            if (kind == OpportunityKind.REFUSAL && r.nextInt(100) < 35) {
                // Often turned down after we suggested it, or quoted for it, a few weeks before.
                event(opened - 3 - r.nextInt(25), OFFER, prod, false, -1, false);
            }
        }
    }

    /**
     * Records an opportunity; summary from the business's sentences unless given. A won upsell or request
     * for a product is bought on the day it closed when {@code canBuy}, else it stays open. Returns its index.
     */
    private int addOpportunity(OpportunityKind kind, OpportunityStatus status, int prod, String reasonCode,
                               String reasonText, long opened, long closed, String summary, boolean canBuy) {
        if (closed > nowDay) {
            status = OpportunityStatus.OPEN;
            closed = -1;
        }
        UUID productId;
        if (summary == null) {
            Tpl[] texts = pf.opportunities[kind.ordinal()];
            Tpl tpl = holding(texts, prod, opened);
            if (kind == OpportunityKind.REFERRAL && otherReferred && tpl.has(Tpl.OTHER_PERSON)) {
                for (Tpl t : texts) {
                    if (!t.has(Tpl.OTHER_PERSON) && holds(t, prod, opened)) {
                        tpl = t;
                        break;
                    }
                }
            }
            if (kind == OpportunityKind.REQUEST && namesATag(tpl)) {
                for (Tpl t : texts) {
                    if (!namesATag(t) && holds(t, prod, opened)) {
                        tpl = t;
                        break;
                    }
                }
            }
            if (prod == NONE && tpl.has(Tpl.PRODUCT)) {
                tpl = withoutProduct(texts, tpl, opened);
            }
            slots[Tpl.PRODUCT] = prod == NONE ? "" : ref(prod);
            summary = tpl.render(sb, slots);
            if (tpl.needs(Tpl.ASKS) && opportunities.size() < 64) {
                requestAsks |= 1L << opportunities.size();
            }
            productId = prod >= 0 && (tpl.has(Tpl.PRODUCT) || kind != OpportunityKind.REQUEST) ? part.products[prod].id() : null;
        } else {
            productId = prod >= 0 ? part.products[prod].id() : null;
        }
        if (status == OpportunityStatus.WON && productId != null
                && (kind == OpportunityKind.UPSELL || kind == OpportunityKind.REQUEST)) {
            if (canBuy) {
                addPurchase(closed, prod, PRIMARY);
            } else {
                status = OpportunityStatus.OPEN;
                closed = -1;
            }
        }
        long sec = Math.min(Math.max(opened * DAY + 9 * 3600 + r.nextInt(9 * 3600), createdSec + 60), nowSec - 60);
        UUID id = nextId();
        otherReferred |= kind == OpportunityKind.REFERRAL && summary.contains(slots[Tpl.OTHER_PERSON]);
        opportunities.add(new Opportunity(id, clientId, kind, status, productId, reasonCode, reasonText, summary,
                LocalDate.ofEpochDay(opened), closed < 0 ? null : LocalDate.ofEpochDay(closed)));
        return opportunities.size() - 1;
    }

    /** Whether sentence {@code t} names something one of the client's tags says they have ("loyalty card"). */
    private boolean namesATag(Tpl t) {
        for (String tag : ownTags) {
            if (t.text().contains(tag.replace('-', ' '))) {
                return true;
            }
        }
        return false;
    }

    /** The first of {@code texts} that names no product and holds on {@code day}; else {@code fallback}. */
    private Tpl withoutProduct(Tpl[] texts, Tpl fallback, long day) {
        for (Tpl t : texts) {
            if (!t.has(Tpl.PRODUCT) && holds(t, NONE, day)) {
                return t;
            }
        }
        return fallback;
    }

    /** Brings the plan to the target: drops optional touchpoints (a story's all together), or adds everyday ones. */
    private void fit(int target) {
        if (target == 0) {
            // A client we never otherwise spoke to: only the contacts their purchases and renewals were made in.
            for (int i = ne - 1; i >= 0; i--) {
                if (events[i].type != SALE && !(events[i].type == RENEWAL && events[i].keep)) {
                    remove(i);
                }
            }
            return;
        }
        while (ne > target) {
            int optional = 0;
            for (int i = 0; i < ne; i++) {
                if (!events[i].keep) {
                    optional++;
                }
            }
            if (optional == 0) {
                break;
            }
            int drop = r.nextInt(optional);
            for (int i = 0; i < ne; i++) {
                if (!events[i].keep && drop-- == 0) {
                    int story = events[i].group;
                    if (story == 0) {
                        remove(i);
                    } else {
                        for (int j = ne - 1; j >= 0; j--) {
                            if (events[j].group == story) {
                                remove(j);
                            }
                        }
                    }
                    break;
                }
            }
        }
        if (maxDay < createdDay) {
            return;
        }
        long span = maxDay - createdDay + 1;
        for (int attempt = 0; ne < target && attempt < 3 * target; attempt++) {
            long day = createdDay + r.nextLong(span);
            boolean customer = np > 0 && buys[0].day() <= day;
            int type = Profile.pick(customer ? pf.fillerCum : pf.prospectFillerCum, r);
            event(day, type, NONE, false, -1, false);
        }
    }

    private void remove(int i) {
        int last = --ne;
        events[i] = events[last];
        events[last] = null;
    }

    // ---------------------------------------------------------------- writing touchpoints

    /** Kinds of touchpoint about something the client does not have yet; every other kind's product is theirs. */
    private static boolean aboutSomethingNew(int type) {
        return type == ENQUIRY || type == OFFER || type == REFUSAL;
    }

    /** The product an everyday touchpoint is about: what they might want, or the latest thing they have. */
    private int productFor(int type, long day) {
        if (type == OFFER) {
            return offerFor(day, false);
        }
        if (type == ENQUIRY) {
            return wantedOn(day);
        }
        return lastAnchorOn(day);
    }

    /**
     * Whether sentence {@code t} can be said on {@code day} of a touchpoint of this kind about {@code prod}:
     * what it needs is true, it contradicts nothing known of the client, it is not on {@code avoid} (a
     * Channel ordinal, or -1), and a birthday greeting is said on the birthday only.
     */
    private boolean fits(Tpl t, int type, int prod, long day, int avoid, boolean birthday) {
        if (t.has(Tpl.PRODUCT) && prod == NONE || t.clashesWith(cautions) || avoid >= 0 && t.channel == avoid
                || t.needs(Tpl.BIRTHDAY) != birthday || type == REFERRAL && otherReferred && t.has(Tpl.OTHER_PERSON)) {
            return false;
        }
        int f = t.flags;
        if ((f & Tpl.OWNS) != 0 && !ownsBy(day, prod)) {
            return false;
        }
        if ((f & Tpl.DELIVERED) != 0 && !(prod != NONE && ((pf.bookingGroups >> group(prod)) & 1) != 0
                && boughtBetween(prod, day - DELIVERY_DAYS, day))) {
            return false;
        }
        if ((f & Tpl.SAME_DAY) != 0 && !(aboutSomethingNew(type) ? anyBoughtOn(day) : prod != NONE && boughtBetween(prod, day, day))) {
            return false;
        }
        if ((f & Tpl.FIRST) != 0 && boughtBetween(prod, Long.MIN_VALUE, day - 1)) {
            return false;
        }
        if ((f & Tpl.NEXT_VISIT) != 0 && nextVisit(day) == NONE) {
            return false;
        }
        if ((f & Tpl.QUOTED) != 0 && !offeredBefore(prod, day)) {
            return false;
        }
        if (!holds(t, prod, day)) {
            return false;
        }
        if (type == RENEWAL) {
            // After a renewal, the sentences that confirm it; before, the ones that lead up to it. Wanting more
            // users is said only of a renewal that has them.
            boolean renewed = renewedBetween(prod, day - 5, day);
            if ((f & Tpl.GROWS) != 0
                    && !(renewed ? grownBetween(prod, day - 5, day) : grownBetween(prod, day, day + WON_WITHIN_DAYS))) {
                return false;
            }
            return ((f & Tpl.WON) != 0) == renewed;
        }
        return (f & Tpl.GROWS) == 0;
    }

    /** The day the client next comes in (buys something worth talking about) in the two weeks after {@code day}; NONE if not. */
    private long nextVisit(long day) {
        for (int i = 0; i < np; i++) {
            if (buys[i].day() > day && buys[i].day() <= day + 14 && anchor(buys[i].prod())) {
                return buys[i].day();
            }
        }
        return NONE;
    }

    /** How far ahead "next visit booked" books, and the weeks either side the visit may fall in. */
    private static final int BOOKED_AHEAD = 42;
    private static final int BOOKED_SLACK = 21;

    /**
     * The day of the next visit booked on {@code day} (some six weeks ahead): the day the client comes in about
     * then, or one still to come; NONE when neither, or when someone asks them to book their next visit before it.
     */
    private long bookedVisit(long day) {
        long visit = NONE;
        for (int i = 0; i < np && visit == NONE; i++) {
            long d = buys[i].day();
            if (d >= day + BOOKED_AHEAD - BOOKED_SLACK && d <= day + BOOKED_AHEAD + BOOKED_SLACK && anchor(buys[i].prod())) {
                visit = d;
            }
        }
        if (visit == NONE) {
            if (day + BOOKED_AHEAD - BOOKED_SLACK <= nowDay) {
                return NONE;
            }
            visit = day + BOOKED_AHEAD + BOOKED_SLACK;
        }
        for (int i = 0; i < ne; i++) {
            long d = Math.floorDiv(events[i].sec, DAY);
            if (events[i].tpl != null && events[i].tpl.needs(Tpl.REBOOK) && d >= day && d < visit) {
                return NONE;
            }
        }
        return visit;
    }

    /** Whether a next visit booked is still to come on some day from {@code from} to {@code to} (so asking them to book is out). */
    private boolean visitBookedDuring(long from, long to) {
        for (int i = 0; i < nBooked; i++) {
            if (bookedOn[i] <= to && from < bookedUntil[i]) {
                return true;
            }
        }
        return false;
    }

    /** Whether an offer or enquiry about {@code prod} is planned before {@code day}: "after seeing the quote" needs one. */
    private boolean offeredBefore(int prod, long day) {
        for (int i = 0; i < ne; i++) {
            Event o = events[i];
            if (o.prod == prod && (o.type == OFFER || o.type == ENQUIRY) && Math.floorDiv(o.sec, DAY) < day) {
                return true;
            }
        }
        return false;
    }

    /** The first day after {@code day} the client buys {@code prod}, or NONE. */
    private long firstBoughtAfter(int prod, long day) {
        for (int i = 0; i < np; i++) {
            if (buys[i].prod() == prod && buys[i].day() > day) {
                return buys[i].day();
            }
        }
        return NONE;
    }

    private boolean anyBoughtOn(long day) {
        for (int i = 0; i < np; i++) {
            if (buys[i].day() == day) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence that fits, preferring one not used yet for this client; null when none fits. An everyday
     * touchpoint ({@code again} false) never says what this client was already told.
     */
    private Tpl pick(Tpl[] texts, int type, int prod, long day, int avoid, boolean birthday, boolean again) {
        Tpl chosen = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            Tpl t = texts[r.nextInt(texts.length)];
            if (fits(t, type, prod, day, avoid, birthday) && (again || !used(t))) {
                chosen = t;
                if (!used(t)) {
                    break;
                }
            }
        }
        if (chosen == null || used(chosen)) {
            int start = r.nextInt(texts.length);
            for (int k = 0; k < texts.length; k++) {
                Tpl t = texts[(start + k) % texts.length];
                if (fits(t, type, prod, day, avoid, birthday) && (chosen == null || !used(t)) && (again || !used(t))) {
                    chosen = t;
                    if (!used(t)) {
                        break;
                    }
                }
            }
        }
        if (chosen != null) {
            otherReferred |= type == REFERRAL && chosen.has(Tpl.OTHER_PERSON);
            if ((chosen.id >>> 6) >= usedTpl.length) {
                usedTpl = Arrays.copyOf(usedTpl, (Tpl.count() + 63) >>> 6);
            }
            usedTpl[chosen.id >>> 6] |= 1L << chosen.id;
        }
        return chosen;
    }

    private boolean used(Tpl t) {
        int word = t.id >>> 6;
        return word < usedTpl.length && (usedTpl[word] & (1L << t.id)) != 0;
    }

    /** Whether a touchpoint on this channel at {@code sec} keeps to the notes (no calls, or not at that hour; visits late). */
    private boolean allowedAt(int channel, long sec) {
        long time = Math.floorMod(sec, DAY);
        if (channel == Channel.CALL.ordinal()) {
            return (cautions & Tpl.NO_CALLS) == 0
                    && !((cautions & Tpl.NOT_BEFORE_TEN) != 0 && time < 10 * 3600)
                    && !((cautions & Tpl.NOT_THREE_TO_FOUR) != 0 && time >= 15 * 3600 && time < 16 * 3600);
        }
        if (channel == Channel.VISIT.ordinal()) {
            return (cautions & Tpl.LATE_VISITS) == 0 || time >= 17 * 3600;
        }
        return true;
    }

    /**
     * Chooses what the event says and so its channel and moment; an event with nothing fitting to say
     * becomes a notice. False when even that does not fit (the event is then left out).
     */
    private boolean choose(Event e) {
        int type = e.type;
        long day = Math.floorDiv(e.sec, DAY);
        Opportunity opp = e.opp >= 0 ? opportunities.get(e.opp) : null;
        int avoid = (cautions & Tpl.NO_CALLS) != 0 ? Channel.CALL.ordinal() : -1;
        Tpl tpl = null;
        boolean said = opp != null && (opp.kind() == OpportunityKind.REQUEST || opp.kind() == OpportunityKind.REFERRAL);
        if (said) {
            e.tpl = null; // said in the words it went on record with
        } else {
            int prod = e.prod != NONE || opp != null ? e.prod : productFor(type, day);
            if (e.story >= 0) {
                Profile.ComplaintStory story = pf.complaintStories[group(prod)][e.story];
                tpl = type == COMPLAINT ? story.complaint() : story.fix();
            } else {
                tpl = say(e, type, prod, day, avoid);
                if (tpl == null) {
                    return false;
                }
                type = e.type;
                prod = e.prod;
            }
            e.type = type;
            e.prod = prod;
            e.tpl = tpl;
        }
        int wanted = tpl == null ? -1 : tpl.channel;
        if (wanted == Tpl.WRITTEN) {
            Channel now = CHANNELS[e.channel];
            wanted = now == Channel.EMAIL || now == Channel.MESSAGE ? -1 : written(type);
        }
        if (wanted < 0 && e.channel == avoid) {
            wanted = insteadOfCall;
        }
        if (wanted >= 0 && wanted != e.channel) {
            e.channel = wanted;
            e.sec = place(day, wanted, e.evening);
        }
        if (!allowedAt(e.channel, e.sec)) {
            // The notes rule out this channel at this moment (the day's edges pushed it out of its hours):
            // it is said in writing instead.
            int ruledOut = e.channel;
            if (tpl != null && tpl.channel == ruledOut && e.story < 0 && !said) {
                tpl = say(e, e.type, e.prod, day, ruledOut);
                if (tpl == null) {
                    return false;
                }
                e.tpl = tpl;
            }
            int instead = ruledOut == Channel.CALL.ordinal() && (cautions & Tpl.NO_CALLS) != 0 ? insteadOfCall : written(e.type);
            e.channel = instead;
            e.sec = place(day, instead, e.evening);
        }
        return true;
    }

    /** A sentence for the event, or a notice when none of its kind fits (updating its kind and product); null when nothing fits. */
    private Tpl say(Event e, int type, int prod, long day, int avoid) {
        boolean everyday = !e.planned && e.opp < 0;
        Tpl tpl = pick(pf.summaries[type][prod == NONE ? 0 : group(prod)], type, prod, day, avoid, e.birthday, !everyday);
        for (int attempt = 0; tpl == null && everyday && !e.birthday && attempt < 2; attempt++) {
            // Nothing of this kind fits the client that day: another everyday kind may.
            boolean customer = np > 0 && buys[0].day() <= day;
            type = Profile.pick(customer ? pf.fillerCum : pf.prospectFillerCum, r);
            prod = productFor(type, day);
            tpl = pick(pf.summaries[type][prod == NONE ? 0 : group(prod)], type, prod, day, avoid, false, false);
        }
        if (tpl == null && e.opp < 0 && !e.birthday) {
            type = INFO;
            prod = NONE;
            tpl = pick(pf.summaries[INFO][0], INFO, NONE, day, avoid, false, false);
        }
        if (type == INFO && noticeNear(e, day)) {
            return null; // a client hears of our news a few times a month at most, not every other day
        }
        e.type = type;
        e.prod = prod;
        return tpl;
    }

    /** Whether another notice of ours (opening hours, a closure, new prices) goes to the client within four days of {@code day}. */
    private boolean noticeNear(Event e, long day) {
        for (int i = 0; i < ne; i++) {
            Event o = events[i];
            if (o != e && o.tpl != null && o.type == INFO && Math.abs(Math.floorDiv(o.sec, DAY) - day) < NOTICE_GAP) {
                return true;
            }
        }
        return false;
    }

    /** Days at least between two notices to one client: so no more than two in any week. */
    private static final int NOTICE_GAP = 4;

    /** A working day one to four days after {@code day}, for "delivery booked for {d}". */
    private long soonAfter(long day) {
        long d = day + 1 + r.nextInt(4);
        while (!open(d)) {
            d++;
        }
        return d;
    }

    /** Whether the business is open on {@code day}: one of its working weekdays, and not Christmas, Boxing Day or New Year's Day. */
    private boolean open(long day) {
        if (Math.floorMod(day + 3, 7) >= pf.weekdays) {
            return false;
        }
        LocalDate on = LocalDate.ofEpochDay(day);
        int month = on.getMonthValue();
        int dom = on.getDayOfMonth();
        return !(month == 12 && (dom == 25 || dom == 26) || month == 1 && dom == 1);
    }

    /**
     * The first day the business is open on or after {@code day}; when that is past {@code last}, the last one
     * open on or before {@code day}. Nothing happens on a closed day: no visit, call or purchase is on record then.
     */
    private long openDay(long day, long last) {
        long d = day;
        while (!open(d)) {
            d++;
        }
        if (d <= last) {
            return d;
        }
        d = day;
        while (!open(d)) {
            d--;
        }
        return d;
    }

    private static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private static String weekday(long day) {
        return DAY_NAMES[(int) Math.floorMod(day + 3, 7)]; // 1970-01-01 was a Thursday
    }

    /** The written channel this kind of touchpoint uses more (email or message). */
    private int written(int type) {
        int[] cum = pf.channelCum[type];
        int email = cum[Channel.EMAIL.ordinal()] - cum[Channel.EMAIL.ordinal() - 1];
        int message = cum[Channel.MESSAGE.ordinal()] - cum[Channel.MESSAGE.ordinal() - 1];
        return message > email ? Channel.MESSAGE.ordinal() : Channel.EMAIL.ordinal();
    }

    private void writeTouchpoints(List<Touchpoint> out, int[] tpType, int[] tpProd) {
        // Choose what each touchpoint says first: the sentence decides the channel, and so the hour.
        for (int i = ne - 1; i >= 0; i--) {
            if (!choose(events[i])) {
                remove(i);
            }
        }
        long[] keys = new long[ne];
        for (int i = 0; i < ne; i++) {
            keys[i] = (events[i].sec << 7) | i;
        }
        Arrays.sort(keys);
        for (int j = 0; j < ne; j++) {
            Event e = events[(int) (keys[j] & 127)];
            int type = e.type;
            long sec = e.sec;
            long day = Math.floorDiv(sec, DAY);
            int prod = e.prod;
            Tpl tpl = e.tpl;
            Channel channel = CHANNELS[e.channel];
            Opportunity opp = e.opp >= 0 ? opportunities.get(e.opp) : null;
            slots[Tpl.PRODUCT] = prod == NONE ? "" : ref(prod);
            // A purchase's story is told with the member of staff the client usually sees.
            slots[Tpl.STAFF] = r.nextInt(100) < 75 || e.planned ? usualStaff : pf.staff[r.nextInt(pf.staff.length)];
            slots[Tpl.WEEKDAY] = weekday(tpl != null && tpl.needs(Tpl.NEXT_VISIT) ? nextVisit(day)
                    : e.ahead != NONE ? e.ahead : soonAfter(day));
            slots[Tpl.TODAY] = weekday(day);

            boolean inbound;
            if (opp != null && (opp.kind() == OpportunityKind.REQUEST || opp.kind() == OpportunityKind.REFERRAL)) {
                inbound = true; // the client asked, or sent someone our way
            } else if (tpl != null && tpl.direction >= 0) {
                inbound = tpl.direction == 0;
            } else if (channel == Channel.VISIT) {
                inbound = r.nextInt(100) < 85;
            } else {
                inbound = r.nextInt(100) < Profile.INBOUND_PCT[type];
            }
            boolean ourMessage = !inbound && (channel == Channel.EMAIL || channel == Channel.MESSAGE);
            // The client answered: always when they came, rang or met us, or when the sentence says how they took it.
            boolean answered = !ourMessage || opp != null || tpl != null && (tpl.moodSign != 0 || tpl.needs(Tpl.ANSWERED))
                    || r.nextInt(100) < Profile.REPLY_PCT[type];

            String summary = tpl == null ? opp.summary() + "." : tpl.render(sb, slots);
            String outcome;
            boolean silent = false;
            int moodSign = tpl == null ? 0 : tpl.moodSign;
            if (opp != null && opp.kind() == OpportunityKind.REFUSAL) {
                outcome = opp.reasonText();
            } else if (opp != null && opp.kind() == OpportunityKind.REQUEST) {
                // What we said to a request; what came of it is the opportunity's status.
                outcome = r.nextInt(100) < 30 ? null : pf.requestOutcomes[r.nextInt(pf.requestOutcomes.length)].render(sb, slots);
            } else {
                Tpl[] texts = tpl != null && tpl.outcomes != null ? tpl.outcomes
                        : pf.outcomes[type][prod == NONE ? 0 : group(prod)];
                Tpl said = outcome(texts, type, prod, day, inbound, channel, answered, opp, tpl != null && tpl.needs(Tpl.ASKS));
                if (!answered) {
                    outcome = said != null ? said.render(sb, slots) : r.nextInt(100) < 75 ? NO_REPLY_YET : null;
                    silent = true;
                } else if (said == null || !ourMessage && r.nextInt(100) >= 85) {
                    outcome = null;
                } else {
                    outcome = said.render(sb, slots);
                    silent = said.silent;
                    if (said.needs(Tpl.BOOKED) && nBooked < bookedOn.length) {
                        bookedUntil[nBooked] = bookedVisit(day);
                        bookedOn[nBooked++] = day;
                    }
                    // "Rated us 9/10" says how they took it, whatever the sentence before it says
                    moodSign = said.moodSign != 0 ? said.moodSign : moodSign;
                }
            }
            // A mood is how the client took it: none when they did not answer.
            Mood mood = null;
            if (answered && !silent && !(ourMessage && outcome == null)) {
                mood = r.nextInt(100) < 4 ? null : MOODS[Profile.pick(MOOD_CUM[type], r)];
                if (mood != null && moodSign != 0 && Integer.signum(mood.tone()) != moodSign) {
                    mood = moodSign > 0 ? (r.nextInt(3) == 0 ? Mood.EXCITED : Mood.HAPPY)
                            : type == COMPLAINT ? NEGATIVE[r.nextInt(NEGATIVE.length)] : Mood.DOUBTFUL;
                }
                if (mood == Mood.DOUBTFUL && aboutSomethingNew(type) && ownsBy(day, NONE)) {
                    // A client unsure about something new is not unsure about us: the brief reads doubt as the latter.
                    mood = Mood.NEUTRAL;
                }
            }
            if (mood != null && r.nextInt(100) < 22) {
                Tpl[] tails = pf.moodTails[mood.ordinal()];
                Tpl tail = tails[r.nextInt(tails.length)];
                // "Wants to think it over." only of something they are deciding on, not of a warranty copy or a check-in.
                if (!tail.clashesWith(cautions) && (!tail.needs(Tpl.DECIDING) || aboutSomethingNew(type) || type == DOUBT)) {
                    summary = summary + " " + tail.render(sb, slots);
                }
            }
            boolean settled = tpl != null && type == RENEWAL && tpl.needs(Tpl.WON);
            LocalDate followUpOn = r.nextInt(100) < Profile.FOLLOW_PCT[type] && !settled
                    ? LocalDate.ofEpochDay(Math.min(day + 2 + r.nextInt(20), nextInStory(e))) : null;
            Instant at = Instant.ofEpochSecond(sec);
            out.add(new Touchpoint(nextId(), clientId, at, channel,
                    inbound ? Direction.INBOUND : Direction.OUTBOUND, summary, outcome, mood, followUpOn));
            tpType[j] = type;
            boolean asks = tpl != null ? tpl.needs(Tpl.ASKS) : e.opp < 64 && (requestAsks >>> e.opp & 1) != 0;
            asked[j] = (byte) (!asks ? 0 : summary.contains("deliver") || summary.contains("install") ? 2 : 1);
            // The product the touchpoint is about: the one it names, or the purchase its story follows.
            boolean named = tpl == null ? opp.productId() != null : tpl.has(Tpl.PRODUCT);
            tpProd[j] = prod != NONE && (named || e.planned) ? prod : NONE;
        }
    }

    /**
     * The day of the next event of the story {@code e} is part of (the fix after a complaint, the reassurance
     * after a doubt): a next step set at a complaint is due by the fix, not after it. Long.MAX_VALUE when none.
     */
    private long nextInStory(Event e) {
        long next = Long.MAX_VALUE;
        if (e.group == 0) {
            return next;
        }
        for (int i = 0; i < ne; i++) {
            Event o = events[i];
            if (o != e && o.group == e.group && o.sec > e.sec) {
                next = Math.min(next, Math.floorDiv(o.sec, DAY));
            }
        }
        return next;
    }

    /**
     * An outcome that fits: for our unanswered email or message, one that says so (or null); otherwise one
     * that does not, except "No answer" for a call we made. "Ordered." or "Renewed." only when the client did
     * buy or renew soon after, and then preferably; "Not renewing." only when they did not. Null when none fits.
     */
    private Tpl outcome(Tpl[] texts, int type, int prod, long day, boolean inbound, Channel channel, boolean answered,
                        Opportunity opp, boolean asks) {
        // An outcome that says a referral came to something ("Introduction made.") needs its opportunity won.
        boolean won = opp != null && opp.kind() == OpportunityKind.REFERRAL ? opp.status() == OpportunityStatus.WON
                : prod != NONE && (type == RENEWAL ? renewedBetween(prod, day, day + WON_WITHIN_DAYS)
                : boughtBetween(prod, day, day + WON_WITHIN_DAYS));
        boolean preferWon = won && (type == OFFER || type == RENEWAL);
        boolean grown = type == RENEWAL && prod != NONE && grownBetween(prod, day, day + WON_WITHIN_DAYS);
        Tpl chosen = null;
        int start = r.nextInt(texts.length);
        for (int k = 0; k < texts.length; k++) {
            Tpl t = texts[(start + k) % texts.length];
            boolean byPhone = t.silent && t.text().startsWith("No answer");
            boolean ok;
            if (!answered) {
                ok = t.silent && !byPhone;
            } else if (t.silent) {
                ok = byPhone && !inbound && channel == Channel.CALL;
            } else {
                ok = ((t.flags & Tpl.WON) == 0 || won) && ((t.flags & Tpl.LOST) == 0 || !won)
                        && ((t.flags & Tpl.GROWS) == 0 || grown);
            }
            // "Follow-up visit booked." only of a visit that happens; "Next visit booked in six weeks." only of one
            // that happens or is still ahead, and that nobody asks them to book meanwhile.
            ok &= (t.flags & Tpl.NEXT_VISIT) == 0 || nextVisit(day) != NONE;
            ok &= (t.flags & Tpl.BOOKED) == 0 || nBooked < bookedOn.length && bookedVisit(day) != NONE;
            // A question no price answers is not answered with one, nor with "not a fit".
            ok &= !asks || !t.priced && (t.flags & Tpl.LOST) == 0;
            if (ok && !t.clashesWith(cautions) && holds(t, prod, day)) {
                if (!preferWon || (t.flags & Tpl.WON) != 0) {
                    return t;
                }
                if (chosen == null) {
                    chosen = t;
                }
            }
        }
        return chosen;
    }

    /** A contact that did a next step; its kind (for a trace) and product are those of the touchpoint that set the step. */
    private record Done(Touchpoint contact, int type, int prod) {
    }

    /**
     * The next step each touchpoint promised, one for each: mostly done when we were in touch again by the day
     * it was due; without a later touchpoint, old ones mostly done, recent ones often open. A step is done only
     * by a contact that does it ("Sent Maria the quote for the oven"), added to {@code done} and on record on
     * or just before its due day; a step no contact can do (the notes rule the channel out, the client has gone
     * quiet by then) stays open.
     */
    private List<FollowUp> writeFollowUps(List<Touchpoint> tps, int[] tpType, int[] tpProd, List<Done> done) {
        int promised = 0;
        for (Touchpoint tp : tps) {
            if (tp.followUpOn() != null) {
                promised++;
            }
        }
        if (promised == 0) {
            return List.of();
        }
        FollowUp[] out = new FollowUp[promised];
        int k = 0;
        for (int j = 0; j < tps.size(); j++) {
            Touchpoint tp = tps.get(j);
            if (tp.followUpOn() == null) {
                continue;
            }
            long due = tp.followUpOn().toEpochDay();
            long tpSec = tp.occurredAt().getEpochSecond();
            int prod = tpProd[j];
            slots[Tpl.PRODUCT] = prod == NONE ? "" : ref(prod);
            Tpl[] reasons = pf.followReasons[tpType[j]];
            Tpl reason = holding(reasons, prod, Math.floorDiv(tpSec, DAY));
            if ((reason.flags & Tpl.DELIVERED) != 0 && (prod == NONE || ((pf.bookingGroups >> group(prod)) & 1) == 0)) {
                // "Confirm the delivery" only for something delivered.
                for (Tpl t : reasons) {
                    if ((t.flags & Tpl.DELIVERED) == 0) {
                        reason = t;
                    }
                }
            }
            long tpDay = Math.floorDiv(tpSec, DAY);
            if (!reasonFits(reason, prod, tpDay, due) || !answers(reason, asked[j])) {
                reason = fittingReason(reasons, prod, tpDay, due, 0, asked[j]);
            }
            // Confirming a delivery comes before the call after it, and confirming an appointment before the visit.
            long before = (reason.flags & Tpl.DELIVERED) != 0 ? checkedAfter(tpType, tpProd, tps, j, prod)
                    : (reason.flags & Tpl.NEXT_VISIT) != 0 ? nextVisit(tpDay) : NONE;
            if (before != NONE && before <= due) {
                if (before - 1 > tpDay) {
                    due = before - 1;
                    tps.set(j, tp = withFollowUp(tp, due));
                } else {
                    reason = fittingReason(reasons, prod, tpDay, due, Tpl.DELIVERED | Tpl.NEXT_VISIT, asked[j]);
                }
            }
            if (prod == NONE && reason.has(Tpl.PRODUCT)) {
                // A next step names a product only when the touchpoint was about one.
                reason = withoutProduct(reasons, pf.followAny[r.nextInt(pf.followAny.length)], Math.floorDiv(tpSec, DAY));
                if (reason.has(Tpl.PRODUCT)) {
                    reason = pf.followAny[0];
                }
            }
            if (!answers(reason, asked[j]) || tpType[j] == REFERRAL && !thanksOwed(tp)) {
                reason = pf.followAny[r.nextInt(pf.followAny.length)];
            }
            String text = reason.render(sb, slots);
            Instant spokenSince = j + 1 < tps.size() ? tps.get(j + 1).occurredAt() : null;
            boolean doIt = false;
            if (due <= nowDay && spokenSince != null && spokenSince.getEpochSecond() < (due + 1) * DAY) {
                doIt = true; // we were in touch again by the day it was due
            } else if (due <= nowDay) {
                boolean latest = k >= promised - 3;
                int doneChance = due >= nowDay - 30 ? 45 : latest ? 93 : 100;
                doIt = spokenSince != null || r.nextInt(100) < doneChance;
            }
            // A step about something new (a quote, a call back about it) is done before they buy it: buying it ends it.
            long boughtOn = aboutSomethingNew(tpType[j]) && prod != NONE ? firstBoughtAfter(prod, Math.floorDiv(tpSec, DAY)) : NONE;
            Touchpoint contact = doIt ? doneContact(reason, tpType[j], tpSec, boughtOn == NONE ? due : Math.min(due, boughtOn - 1)) : null;
            if (contact != null && aboutSomethingNew(tpType[j]) && prod != NONE && boughtBetween(prod, Long.MIN_VALUE, Math.floorDiv(contact.occurredAt().getEpochSecond(), DAY) - 1)) {
                contact = null;
            }
            if (contact != null) {
                // Calling back about a complaint is not another complaint, nor checking on a fix another fix: notices.
                done.add(new Done(contact, tpType[j] == COMPLAINT || tpType[j] == FIX ? INFO : tpType[j], prod));
            }
            out[k++] = new FollowUp(nextId(), clientId, tp.followUpOn(), text, contact == null ? null : contact.occurredAt());
        }
        return List.of(out);
    }

    /**
     * Whether touchpoint {@code tp} tells of someone sent our way ({r}) and not yet of our thanks (a code, a voucher): only
     * then is a thank-you for a referral its next step, not after a review asked for or a code already sent.
     */
    private boolean thanksOwed(Touchpoint tp) {
        String said = (tp.summary() + " " + (tp.outcome() == null ? "" : tp.outcome())).toLowerCase(Locale.ROOT);
        return (tp.summary() + " " + tp.outcome()).contains(slots[Tpl.OTHER_PERSON])
                && !said.contains("code") && !said.contains("voucher") && !said.contains("thank");
    }

    /** The day of the first call after delivery about {@code prod} that follows touchpoint {@code j}, within a month; NONE if none. */
    private static long checkedAfter(int[] tpType, int[] tpProd, List<Touchpoint> tps, int j, int prod) {
        if (prod == NONE) {
            return NONE;
        }
        long from = Math.floorDiv(tps.get(j).occurredAt().getEpochSecond(), DAY);
        for (int k = j + 1; k < tps.size(); k++) {
            long day = Math.floorDiv(tps.get(k).occurredAt().getEpochSecond(), DAY);
            if (day > from + 30) {
                break;
            }
            if (tpType[k] == AFTER && tpProd[k] == prod) {
                return day;
            }
        }
        return NONE;
    }

    private static Touchpoint withFollowUp(Touchpoint tp, long due) {
        return new Touchpoint(tp.id(), tp.clientId(), tp.occurredAt(), tp.channel(), tp.direction(), tp.summary(),
                tp.outcome(), tp.mood(), LocalDate.ofEpochDay(due));
    }

    /**
     * Whether next step {@code t}, set on {@code tpDay} and due on {@code due}, fits what happens: no "book the next
     * appointment" while a booked one is still to come, no "confirm the appointment" without one.
     */
    private boolean reasonFits(Tpl t, int prod, long tpDay, long due) {
        return !((t.flags & Tpl.REBOOK) != 0 && visitBookedDuring(tpDay, due))
                && !((t.flags & Tpl.NEXT_VISIT) != 0 && nextVisit(tpDay) == NONE)
                && !((t.flags & Tpl.DELIVERED) != 0 && (prod == NONE || ((pf.bookingGroups >> group(prod)) & 1) == 0));
    }

    /**
     * Whether next step {@code t} follows up a touchpoint that asked {@code asked} (see {@link #asked}): a question no price
     * answers is not followed by a price, nor by a call about delivery times unless it asked about delivery.
     */
    private static boolean answers(Tpl t, byte asked) {
        return asked == 0 || !t.priced && ((t.flags & Tpl.DELIVERED) == 0 || asked == 2);
    }

    /** One of {@code reasons} that fits, has none of {@code without} and answers {@code asked}; else a next step for any touchpoint. */
    private Tpl fittingReason(Tpl[] reasons, int prod, long tpDay, long due, int without, byte asked) {
        int at = r.nextInt(reasons.length);
        for (int k = 0; k < reasons.length; k++) {
            Tpl t = reasons[(at + k) % reasons.length];
            if ((t.flags & without) == 0 && holds(t, prod, tpDay) && reasonFits(t, prod, tpDay, due) && answers(t, asked)) {
                return t;
            }
        }
        return pf.followAny[r.nextInt(pf.followAny.length)];
    }

    /**
     * The contact that does next step {@code reason}, set at {@code tpSec} and due on {@code due}: one of the
     * reason's own sentences ("Call {n} back about the {p} => Called {n} back about the {p}."), ours, on an open
     * day from two days before it was due up to the due day, by a channel the notes allow. Null when none fits.
     */
    private Touchpoint doneContact(Tpl reason, int type, long tpSec, long due) {
        Tpl[] ways = reason.outcomes;
        long tpDay = Math.floorDiv(tpSec, DAY);
        long hi = Math.min(due, maxDay);
        long lo = Math.max(tpDay + 1, due - 2);
        if (ways == null || lo > hi) {
            return null;
        }
        long day = openDay(lo + r.nextLong(hi - lo + 1), hi);
        if (day < lo || !open(day)) {
            return null;
        }
        int start = r.nextInt(ways.length);
        for (int k = 0; k < ways.length; k++) {
            Tpl t = ways[(start + k) % ways.length];
            int channel = t.channel < 0 ? written(type) : t.channel;
            if (t.clashesWith(cautions) || channel == Channel.CALL.ordinal() && (cautions & Tpl.NO_CALLS) != 0) {
                continue;
            }
            long sec = place(day, channel, false);
            if (sec <= tpSec || sec >= nowSec - 60 || !allowedAt(channel, sec)) {
                continue;
            }
            return new Touchpoint(nextId(), clientId, Instant.ofEpochSecond(sec), CHANNELS[channel], Direction.OUTBOUND,
                    t.render(sb, slots), null, null, null);
        }
        return null;
    }

    private List<Note> writeNotes(List<String> tags) {
        int x = r.nextInt(100);
        int count = x < 35 ? 0 : x < 70 ? 1 : x < 90 ? 2 : 3;
        Note[] out = new Note[3];
        Tpl[] used = new Tpl[3];
        int n = 0;
        for (String tag : tags) {
            Tpl[] forTag = pf.tagNotes.get(tag);
            if (forTag != null && n < 3 && r.nextInt(100) < 75) {
                Tpl t = forTag[r.nextInt(forTag.length)];
                if (noteFits(t)) {
                    used[n] = t;
                    out[n] = note(t, r.nextInt(100) < 60);
                    n++;
                }
            }
        }
        for (int attempt = 0; n < count && attempt < 6; attempt++) {
            Tpl t = pf.notes[r.nextInt(pf.notes.length)];
            boolean dup = false;
            for (int i = 0; i < n; i++) {
                dup |= used[i] == t;
            }
            if (!dup && noteFits(t)) {
                used[n] = t;
                out[n] = note(t, r.nextInt(100) < 22);
                n++;
            }
        }
        if (n == 0) {
            return List.of();
        }
        Note[] notes = Arrays.copyOf(out, n);
        Arrays.sort(notes, (a, b) -> a.createdAt().compareTo(b.createdAt()));
        return List.of(notes);
    }

    /** Bodies of the notes written before the first purchase ("decision after twelve weeks"). */
    private final List<String> beforeBuying = new ArrayList<>(1);

    /**
     * Drops a note written before the first purchase when a purchase planned after the notes (an offer taken up,
     * a request won) came before it: the pilot it speaks of was over by then.
     */
    private void dropNotesOverturned(List<Note> notes) {
        if (beforeBuying.isEmpty() || np == 0) {
            return;
        }
        long firstSec = buys[0].day() * DAY;
        notes.removeIf(n -> beforeBuying.contains(n.body()) && n.createdAt().getEpochSecond() >= firstSec);
    }

    /** A note that agrees with what is known of the client, and needs a purchase only from someone who made one. */
    private boolean noteFits(Tpl t) {
        if ((t.flags & Tpl.BEFORE_BUYING) != 0) {
            // Written before the first purchase: only when there was a day or more between meeting and buying.
            return !t.clashesWith(cautions) && (np == 0 || buys[0].day() * DAY > createdSec + DAY)
                    && holds(t, NONE, createdDay);
        }
        return !t.clashesWith(cautions) && !((t.flags & Tpl.NO_CALLS) != 0 && (cautions & Tpl.NO_CALLS) != 0)
                && !((t.flags & Tpl.OWNS) != 0 && !ownsBy(nowDay, NONE)) && holds(t, NONE, nowDay);
    }

    private Note note(Tpl body, boolean pinned) {
        slots[Tpl.STAFF] = usualStaff;
        cautions |= body.flags & ~Tpl.NEEDS;
        if ((body.flags & Tpl.NO_CALLS) != 0 && body.channel >= 0) {
            insteadOfCall = body.channel;
        }
        long from = createdSec;
        long to = nowSec;
        if ((body.flags & Tpl.OWNS) != 0) {
            from = Math.min(Math.max(from, buys[0].day() * DAY + 12 * 3600), nowSec - 120);
        }
        if (body.ownsGroup >= 0) {
            // A note about what they have (their colour formula) is written once they have it.
            from = Math.min(Math.max(from, firstOfGroup(body.ownsGroup) * DAY + 12 * 3600), nowSec - 120);
        }
        if ((body.flags & Tpl.BEFORE_BUYING) != 0) {
            beforeBuying.add(body.render(sb, slots));
            if (np > 0) {
                to = Math.min(to, buys[0].day() * DAY);
            }
        }
        long created = from + r.nextLong(to - from);
        long updated = r.nextInt(100) < 20 ? created + r.nextLong(to - created) : created;
        Instant at = Instant.ofEpochSecond(created);
        Note note = new Note(nextId(), clientId, body.render(sb, slots), pinned, at, Instant.ofEpochSecond(updated));
        noteWindows.put(note.id(), new long[] {from, to, (body.flags & Tpl.BEFORE_BUYING) != 0 ? 1 : 0});
        return note;
    }

    /**
     * The notes, each written just after the contact nearest to when it was drawn, within the time it may be written
     * in: what a note says was learnt in a contact, so none is written in a year with no contact on record (read 48).
     * A note with no contact in its time keeps its moment.
     */
    private List<Note> notesAfterContacts(List<Note> notes, List<Touchpoint> touchpoints) {
        List<Note> out = new ArrayList<>(notes.size());
        for (Note n : notes) {
            long[] window = noteWindows.get(n.id());
            long drawn = n.createdAt().getEpochSecond();
            long best = Long.MIN_VALUE;
            // A note of what was so before they bought keeps to its time; any other may follow a later contact.
            for (int pass = 0; pass < 2 && best == Long.MIN_VALUE && window != null && (pass == 0 || window[2] == 0); pass++) {
                long until = pass == 0 ? window[1] : nowSec;
                for (Touchpoint tp : touchpoints) {
                    long sec = tp.occurredAt().getEpochSecond();
                    if (sec >= window[0] && sec + 600 <= until && sec + 600 < nowSec
                            && (best == Long.MIN_VALUE || Math.abs(sec - drawn) < Math.abs(best - drawn))) {
                        best = sec;
                    }
                }
            }
            if (best == Long.MIN_VALUE) {
                out.add(n);
                continue;
            }
            long created = best + 600;
            long updated = Math.max(created, n.updatedAt().getEpochSecond());
            out.add(new Note(n.id(), n.clientId(), n.body(), n.pinned(), Instant.ofEpochSecond(created), Instant.ofEpochSecond(updated)));
        }
        return out;
    }

    private List<CompetitorLink> writeLinks() {
        CompetitorLink random = null;
        CompetitorLink fromRefusal = null;
        if (r.nextInt(100) < 9) {
            CompetitorRelation relation = RELATIONS[Profile.pick(RELATION_CUM, r)];
            long day = relation == CompetitorRelation.SWITCHED_FROM_THEM
                    ? Math.min(createdDay + r.nextInt(8), nowDay)
                    : createdDay + r.nextLong(nowDay - createdDay + 1);
            random = link(relation, day);
        }
        if (competitorReasonDay >= 0) {
            int x = r.nextInt(100);
            CompetitorRelation relation = x < 50 ? CompetitorRelation.CONSIDERING
                    : x < 80 ? CompetitorRelation.ALSO_BUYS_FROM : CompetitorRelation.SWITCHED_TO_THEM;
            if (random == null || random.relation() != relation) {
                fromRefusal = link(relation, competitorReasonDay);
            }
        }
        if (random == null) {
            return fromRefusal == null ? List.of() : List.of(fromRefusal);
        }
        if (fromRefusal == null) {
            return List.of(random);
        }
        return random.notedOn().isAfter(fromRefusal.notedOn()) ? List.of(fromRefusal, random) : List.of(random, fromRefusal);
    }

    private CompetitorLink link(CompetitorRelation relation, long day) {
        long lastBought = np == 0 ? Long.MIN_VALUE : buys[np - 1].day();
        if (relation == CompetitorRelation.SWITCHED_TO_THEM && day <= lastBought) {
            // Still buying from us after the day they switched makes no sense: they are weighing it up instead.
            relation = CompetitorRelation.CONSIDERING;
        }
        Tpl[] notes = pf.linkNotes[relation.ordinal()];
        String note = notes[r.nextInt(notes.length)].render(sb, slots);
        long sec = Math.min(Math.max(day * DAY + 10 * 3600 + r.nextInt(8 * 3600), createdSec + 60), nowSec - 60);
        return new CompetitorLink(nextId(), clientId,
                part.competitors[competitor].id(), relation, LocalDate.ofEpochDay(day), note);
    }

    /** Ids in client order, so a bulk load appends to its indexes (see Ids.sequential). */
    private UUID nextId() {
        return Ids.sequential(idBase, idSequence++, r);
    }
}
