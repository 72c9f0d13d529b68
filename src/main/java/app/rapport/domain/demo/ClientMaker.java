package app.rapport.domain.demo;

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
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static app.rapport.domain.demo.Profile.AFTER;
import static app.rapport.domain.demo.Profile.COMPLAINT;
import static app.rapport.domain.demo.Profile.DOUBT;
import static app.rapport.domain.demo.Profile.ENQUIRY;
import static app.rapport.domain.demo.Profile.FIX;
import static app.rapport.domain.demo.Profile.OFFER;
import static app.rapport.domain.demo.Profile.REFERRAL;
import static app.rapport.domain.demo.Profile.REFUSAL;
import static app.rapport.domain.demo.Profile.RENEWAL;
import static app.rapport.domain.demo.Profile.SALE;
import static app.rapport.domain.demo.Profile.THANKS;
import static app.rapport.domain.demo.Profile.VALUE;
import static app.rapport.domain.demo.Profile.WARRANTY;

/**
 * Builds one client from one random stream. First the story is planned as events on days
 * (purchases and what naturally happens around them, opportunities, everyday contact), then it is
 * trimmed or padded to the client's number of touchpoints, put in time order and written out.
 * One instance per client; not shared.
 */
final class ClientMaker {
    private static final long DAY = 86_400L;
    private static final int MAX_PURCHASES = 4;
    private static final int MAX_EVENTS = 120;
    private static final int NONE = Integer.MIN_VALUE;

    private static final Channel[] CHANNELS = Channel.values();
    private static final Mood[] MOODS = Mood.values();
    private static final OpportunityKind[] OPP_KINDS = OpportunityKind.values();
    private static final CompetitorRelation[] RELATIONS = CompetitorRelation.values();
    private static final int[][] MOOD_CUM = new int[Profile.TYPES][];
    private static final Mood[] NEGATIVE = {Mood.DOUBTFUL, Mood.DOUBTFUL, Mood.FRUSTRATED, Mood.REGRETFUL};

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
    private int competitor;
    private int interest;

    // Purchases, kept sorted by day.
    private int np;
    private final long[] pDay = new long[MAX_PURCHASES + 1];
    private final int[] pProd = new int[MAX_PURCHASES + 1];
    private final boolean[] pCompanion = new boolean[MAX_PURCHASES + 1];

    // Planned touchpoints.
    private int ne;
    private final long[] eSec = new long[MAX_EVENTS];
    private final byte[] eType = new byte[MAX_EVENTS];
    private final byte[] eChannel = new byte[MAX_EVENTS];
    private final int[] eProd = new int[MAX_EVENTS];
    private final int[] eOpp = new int[MAX_EVENTS];
    private final boolean[] eKeep = new boolean[MAX_EVENTS];
    private final boolean[] eEvening = new boolean[MAX_EVENTS];
    private final Tpl[] eTpl = new Tpl[MAX_EVENTS];
    private final Tpl[] usedTpl = new Tpl[MAX_EVENTS];
    private int nUsed;

    private final List<Opportunity> opportunities = new ArrayList<>(4);
    private int competitorReasonDay = -1;

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
        this.nowDay = Math.floorDiv(nowSec, DAY);
    }

    DemoClient make() {
        int tenure = r.nextInt(100) < 13 ? 1 + r.nextInt(100) : 100 + r.nextInt(628);
        createdDay = nowDay - tenure;
        createdSec = createdDay * DAY + 8 * 3600 + r.nextInt(11 * 3600);
        Instant createdAt = Instant.ofEpochSecond(createdSec);
        clientId = nextId();
        usualStaff = pf.staff[r.nextInt(pf.staff.length)];
        competitor = r.nextInt(pf.competitors.length);
        interest = anchorProduct();

        Identity who = identity();
        slots[Tpl.NAME] = who.greeting;
        slots[Tpl.ORGANISATION] = who.organisation;
        slots[Tpl.OTHER_PERSON] = (r.nextBoolean() ? People.FEMALE[r.nextInt(People.FEMALE.length)]
                : People.MALE[r.nextInt(People.MALE.length)]).name();
        slots[Tpl.COMPETITOR] = pf.competitors[competitor].name();
        slots[Tpl.STAFF] = usualStaff;
        slots[Tpl.WEEKDAY] = People.WEEKDAYS[0];
        slots[Tpl.PRODUCT] = ref(interest);

        planPurchases();
        boolean ghosted = np > 0 && nowDay - pDay[np - 1] >= 25 && r.nextInt(100) < 6;
        maxDay = ghosted ? pDay[np - 1] - 1 : nowDay;

        int target;
        int x = r.nextInt(100);
        if (x < 4) {
            target = 0;
        } else {
            target = 1 + r.nextInt(8) + r.nextInt(8) + r.nextInt(5);
            if (r.nextInt(10) == 0) {
                target += r.nextInt(9);
            }
            target = Math.min(target, Math.min(25, 3 + tenure / 5));
        }

        planOpportunities(ghosted);
        List<Purchase> purchases = writePurchases();
        planPurchaseStories(ghosted);
        fit(target);
        List<Touchpoint> touchpoints = new ArrayList<>(ne);
        int[] tpType = new int[ne];
        int[] tpProd = new int[ne];
        writeTouchpoints(touchpoints, tpType, tpProd);
        List<FollowUp> followUps = writeFollowUps(touchpoints, tpType, tpProd);
        List<Note> notes = writeNotes(who.tags);
        List<CompetitorLink> links = writeLinks();

        Instant last = touchpoints.isEmpty() ? null : touchpoints.get(touchpoints.size() - 1).occurredAt();
        Instant updatedAt = r.nextBoolean() ? createdAt : Instant.ofEpochSecond(createdSec + r.nextLong(nowSec - createdSec));
        Client client = new Client(clientId, who.kind, who.first, who.last, who.display, who.company, who.addressAs,
                who.phones, who.emails, who.address, who.birthday, who.source, who.preferred, who.tags, who.custom,
                createdAt, updatedAt, last);
        return new DemoClient(client, touchpoints, notes, purchases, List.copyOf(opportunities), links, followUps);
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
                String tag = pf.tags[r.nextInt(pf.tags.length)];
                if (!contains(chosen, n, tag)) {
                    chosen[n++] = tag;
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
                custom.putIfAbsent(pf.customKeys[k], values[r.nextInt(values.length)]);
            }
            id.custom = custom;
        } else {
            id.custom = Map.of();
        }
        return id;
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

    /** The latest purchase on or before {@code day} worth talking about; else the latest one; else NONE. */
    private int lastAnchorOn(long day) {
        int any = NONE;
        for (int i = np - 1; i >= 0; i--) {
            if (pDay[i] <= day) {
                if (anchor(pProd[i])) {
                    return pProd[i];
                }
                if (any == NONE) {
                    any = pProd[i];
                }
            }
        }
        return any;
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

    private boolean bought(int prod) {
        for (int i = 0; i < np; i++) {
            if (pProd[i] == prod) {
                return true;
            }
        }
        return false;
    }

    /** Something worth offering: what goes with a product the client has, else anything. */
    private int upsellFor(long day) {
        int base = lastAnchorOn(day);
        if (base >= 0) {
            int[] ups = pf.products[base].upsells();
            if (ups.length > 0) {
                return ups[r.nextInt(ups.length)];
            }
        }
        int p = weightedProduct();
        return bought(p) ? weightedProduct() : p;
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
            if (r.nextInt(100) < 3) {
                prod = -1 - r.nextInt(pf.freeTexts.length);
            } else {
                prod = k == 0 ? interest : weightedProduct();
                if (bought(prod) && r.nextInt(100) < 70) {
                    prod = weightedProduct();
                }
            }
            addPurchase(day, prod, false);
            if (prod >= 0) {
                for (int companion : pf.products[prod].companions()) {
                    if (np < MAX_PURCHASES && r.nextInt(100) < pf.companionPct) {
                        addPurchase(day, companion, true);
                    }
                }
            }
        }
    }

    private void addPurchase(long day, int prod, boolean companion) {
        int i = np++;
        while (i > 0 && pDay[i - 1] > day) {
            pDay[i] = pDay[i - 1];
            pProd[i] = pProd[i - 1];
            pCompanion[i] = pCompanion[i - 1];
            i--;
        }
        pDay[i] = day;
        pProd[i] = prod;
        pCompanion[i] = companion;
    }

    private List<Purchase> writePurchases() {
        Purchase[] out = new Purchase[np];
        for (int i = 0; i < np; i++) {
            int prod = pProd[i];
            long day = pDay[i];
            long sec = Math.min(Math.max(day * DAY + 10 * 3600 + r.nextInt(8 * 3600), createdSec + 60), nowSec - 60);
            UUID id = nextId();
            LocalDate on = LocalDate.ofEpochDay(day);
            if (prod < 0) {
                Profile.FreeText ft = pf.freeTexts[-1 - prod];
                out[i] = new Purchase(id, clientId, null, ft.description(), on, BigDecimal.valueOf(ft.cents(), 2), null, null);
                continue;
            }
            Profile.ProductSpec s = pf.products[prod];
            int qty = s.maxQty() <= 1 ? 1 : 1 + r.nextInt(r.nextBoolean() ? s.maxQty() : Math.max(1, s.maxQty() / 3));
            long cents = s.priceCents() * qty;
            int d = r.nextInt(100);
            if (d >= 60) {
                cents = d < 90 ? cents * (85 + r.nextInt(15)) / 100 : cents * (100 + r.nextInt(8)) / 100;
                long unit = s.priceCents() >= 100_000 ? 1000 : s.priceCents() >= 10_000 ? 100 : 50;
                cents = Math.max(unit, (cents + unit / 2) / unit * unit);
            }
            String description = qty == 1 ? s.name() : qty + " × " + s.name();
            LocalDate warranty = s.warrantyMonths() > 0 ? on.plusMonths(s.warrantyMonths()) : null;
            LocalDate renewal = s.renewalMonths() > 0 ? on.plusMonths(s.renewalMonths()) : null;
            out[i] = new Purchase(id, clientId, part.products[prod].id(), description, on, BigDecimal.valueOf(cents, 2),
                    warranty, renewal);
        }
        return List.of(out);
    }

    // ---------------------------------------------------------------- planning touchpoints

    /** Plans a touchpoint; days before the client existed move to their first day, days past maxDay are dropped. */
    private int event(long day, int type, int prod, boolean keep, int opp, boolean evening) {
        if (day > maxDay || ne >= MAX_EVENTS) {
            return -1;
        }
        if (day < createdDay) {
            day = createdDay;
        }
        int channel = Profile.pick(pf.channelCum[type], r);
        int i = ne++;
        eSec[i] = place(day, channel, evening);
        eType[i] = (byte) type;
        eChannel[i] = (byte) channel;
        eProd[i] = prod;
        eKeep[i] = keep;
        eOpp[i] = opp;
        eEvening[i] = evening;
        return i;
    }

    /** A moment on {@code day} that suits the channel, after the client was created and before now. */
    private long place(long day, int channel, boolean evening) {
        Channel c = CHANNELS[channel];
        long time;
        if (evening && (c == Channel.MESSAGE || c == Channel.EMAIL)) {
            time = 18 * 3600 + r.nextInt(3 * 3600);
        } else {
            time = switch (c) {
                case VISIT -> 9 * 3600 + 300L * r.nextInt(114);
                case MEETING -> 8 * 3600 + 1800 + 900L * r.nextInt(33);
                case CALL -> 8 * 3600 + 1800 + r.nextInt(10 * 3600);
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

    private void planPurchaseStories(boolean ghosted) {
        int lastPrimary = -1;
        for (int k = np - 1; k >= 0; k--) {
            if (!pCompanion[k]) {
                lastPrimary = k;
                break;
            }
        }
        for (int k = 0; k < np; k++) {
            if (pCompanion[k]) {
                continue;
            }
            long d = pDay[k];
            int prod = pProd[k];
            if (r.nextInt(100) < 28 && (k == 0 || d - pDay[k - 1] > 3)) {
                event(d - 1 - r.nextInt(14), ENQUIRY, prod, false, -1, false);
            }
            if (r.nextInt(100) < 82) {
                event(d, SALE, prod, false, -1, false);
            }
            boolean mustCare = k == lastPrimary && !ghosted;
            boolean delivered = ((pf.bookingGroups >> group(prod)) & 1) != 0;
            if (delivered && r.nextInt(100) < 55) {
                event(d + 1 + r.nextInt(2), Profile.BOOKING, prod, false, -1, false);
            }
            if (complex(prod)) {
                if (mustCare || r.nextInt(100) < 70) {
                    event(d + (delivered ? 3 : 1) + r.nextInt(delivered ? 4 : 5), AFTER, prod, mustCare, -1, false);
                }
            } else if (mustCare || r.nextInt(100) < 50) {
                int offset = r.nextInt(mustCare ? 12 : 15);
                event(d + offset, THANKS, prod, mustCare, -1, offset == 0);
            }
            if (prod >= 0 && r.nextInt(100) < pf.products[prod].issuePct()) {
                event(d + 30 + r.nextInt(400), WARRANTY, prod, false, -1, false);
            }
            if (!anchor(prod)) {
                if (prod >= 0 && pf.products[prod].renewalMonths() > 0 && r.nextInt(100) < 60) {
                    Profile.ProductSpec s = pf.products[prod];
                    event(d + 30L * s.renewalMonths() - 7 - r.nextInt(23), RENEWAL, prod, false, -1, false);
                }
                continue;
            }
            if (r.nextInt(100) < 9) {
                long doubtDay = d + 2 + r.nextInt(19);
                if (event(doubtDay, DOUBT, prod, false, -1, false) >= 0 && r.nextInt(100) < 70) {
                    event(doubtDay + 1 + r.nextInt(5), r.nextBoolean() ? FIX : VALUE, prod, false, -1, false);
                }
            }
            if (r.nextInt(100) < 6) {
                complaint(k, d + 3 + r.nextInt(40), r.nextInt(100) < 40);
            }
            if (r.nextInt(100) < 22) {
                event(d + 14 + r.nextInt(60), VALUE, prod, false, -1, false);
            }
            if (prod >= 0) {
                Profile.ProductSpec s = pf.products[prod];
                if (s.renewalMonths() > 0 && r.nextInt(100) < (s.renewalMonths() >= 12 ? 75 : 25)) {
                    event(d + 30L * s.renewalMonths() - 7 - r.nextInt(23), RENEWAL, prod, false, -1, false);
                }
            }
        }
    }

    /** A complaint about purchase k and, usually, its fix; with an opportunity when asked. */
    private void complaint(int k, long day, boolean withOpportunity) {
        int prod = pProd[k];
        int opp = withOpportunity ? opportunities.size() : -1;
        int at = event(day, COMPLAINT, prod, withOpportunity, opp, false);
        if (at < 0) {
            return;
        }
        long fixDay = day + 1 + r.nextInt(7);
        boolean fixed = r.nextInt(100) < 85 && event(fixDay, FIX, prod, withOpportunity, -1, false) >= 0;
        if (!withOpportunity) {
            return;
        }
        OpportunityStatus status;
        long closed;
        if (fixed) {
            status = OpportunityStatus.WON;
            closed = fixDay;
        } else if (r.nextInt(100) < 30) {
            status = OpportunityStatus.LOST;
            closed = day + r.nextInt(20);
        } else {
            status = OpportunityStatus.OPEN;
            closed = -1;
        }
        addOpportunity(OpportunityKind.COMPLAINT, status, prod, null, null, day, closed);
    }

    private void planOpportunities(boolean ghosted) {
        int count = r.nextInt(100) < 26 ? (r.nextInt(100) < 20 ? 2 : 1) : 0;
        for (int o = 0; o < count; o++) {
            OpportunityKind kind = OPP_KINDS[Profile.pick(np > 0 ? OPP_BUYER_CUM : OPP_PROSPECT_CUM, r)];
            boolean afterPurchase = kind == OpportunityKind.UPSELL || kind == OpportunityKind.COMPLAINT
                    || kind == OpportunityKind.REFERRAL;
            long lo = afterPurchase ? pDay[0] : createdDay;
            if (maxDay < lo) {
                continue;
            }
            if (kind == OpportunityKind.COMPLAINT) {
                int k = r.nextInt(np);
                for (int step = 0; step < np && !anchor(pProd[k]); step++) {
                    k = (k + 1) % np;
                }
                if (anchor(pProd[k]) && pDay[k] <= maxDay) {
                    complaint(k, pDay[k] + 3 + r.nextInt(40), true);
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
                    status = x < 40 ? OpportunityStatus.OPEN : x < 75 ? OpportunityStatus.WON
                            : x < 88 ? OpportunityStatus.LOST : OpportunityStatus.DISMISSED;
                    if (status != OpportunityStatus.OPEN) {
                        closed = opened + 1 + r.nextInt(30);
                    }
                }
                default -> {
                    status = x < 50 ? OpportunityStatus.WON : x < 90 ? OpportunityStatus.OPEN : OpportunityStatus.LOST;
                    if (status != OpportunityStatus.OPEN) {
                        closed = opened + 2 + r.nextInt(38);
                    }
                }
            }
            int prod = kind == OpportunityKind.REFUSAL || kind == OpportunityKind.UPSELL ? upsellFor(opened)
                    : kind == OpportunityKind.REQUEST ? weightedProduct() : NONE;
            String reasonCode = null;
            String reasonText = null;
            if (kind == OpportunityKind.REFUSAL) {
                int reason = Profile.pick(REASON_CUM, r);
                reasonCode = Profile.REASON_CODES[reason];
                slots[Tpl.PRODUCT] = ref(prod);
                Tpl[] texts = pf.reasons[reason];
                reasonText = texts[r.nextInt(texts.length)].render(sb, slots);
                if (reason == 3) {
                    competitorReasonDay = (int) opened;
                }
            }
            int index = addOpportunity(kind, status, prod, reasonCode, reasonText, opened, closed);
            int type = switch (kind) {
                case REFUSAL -> REFUSAL;
                case UPSELL -> OFFER;
                case REQUEST -> ENQUIRY;
                default -> REFERRAL;
            };
            Opportunity made = opportunities.get(index);
            event(opened, type, made.productId() == null ? NONE : prod, true, index, false);
            if (kind == OpportunityKind.UPSELL && status == OpportunityStatus.WON && !ghosted && prod >= 0
                    && np < MAX_PURCHASES && closed <= nowDay) {
                addPurchase(closed, prod, false);
            }
        }
    }

    /** Records an opportunity; summary from the business's sentences. Returns its index. */
    private int addOpportunity(OpportunityKind kind, OpportunityStatus status, int prod, String reasonCode,
                               String reasonText, long opened, long closed) {
        if (closed > nowDay) {
            status = OpportunityStatus.OPEN;
            closed = -1;
        }
        Tpl[] texts = pf.opportunities[kind.ordinal()];
        Tpl tpl = texts[r.nextInt(texts.length)];
        if (prod == NONE && tpl.has(Tpl.PRODUCT)) {
            tpl = withoutProduct(texts, tpl);
        }
        slots[Tpl.PRODUCT] = prod == NONE ? "" : ref(prod);
        String summary = tpl.render(sb, slots);
        UUID productId = prod >= 0 && (tpl.has(Tpl.PRODUCT) || kind != OpportunityKind.REQUEST) ? part.products[prod].id() : null;
        long sec = Math.min(Math.max(opened * DAY + 9 * 3600 + r.nextInt(9 * 3600), createdSec + 60), nowSec - 60);
        UUID id = nextId();
        opportunities.add(new Opportunity(id, clientId, kind, status, productId, reasonCode, reasonText, summary,
                LocalDate.ofEpochDay(opened), closed < 0 ? null : LocalDate.ofEpochDay(closed)));
        return opportunities.size() - 1;
    }

    private Tpl withoutProduct(Tpl[] texts, Tpl fallback) {
        for (Tpl t : texts) {
            if (!t.has(Tpl.PRODUCT)) {
                return t;
            }
        }
        return fallback;
    }

    /** Brings the plan to the target: drops optional touchpoints, or adds everyday ones. */
    private void fit(int target) {
        if (target == 0) {
            ne = 0;
            return;
        }
        while (ne > target) {
            int optional = 0;
            for (int i = 0; i < ne; i++) {
                if (!eKeep[i]) {
                    optional++;
                }
            }
            if (optional == 0) {
                break;
            }
            int drop = r.nextInt(optional);
            for (int i = 0; i < ne; i++) {
                if (!eKeep[i] && drop-- == 0) {
                    remove(i);
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
            boolean customer = np > 0 && pDay[0] <= day;
            int type = Profile.pick(customer ? pf.fillerCum : pf.prospectFillerCum, r);
            event(day, type, NONE, false, -1, false);
        }
    }

    private void remove(int i) {
        int last = --ne;
        eSec[i] = eSec[last];
        eType[i] = eType[last];
        eChannel[i] = eChannel[last];
        eProd[i] = eProd[last];
        eKeep[i] = eKeep[last];
        eOpp[i] = eOpp[last];
        eEvening[i] = eEvening[last];
    }

    // ---------------------------------------------------------------- writing touchpoints

    private int productFor(int type, long day) {
        if (type == OFFER) {
            return upsellFor(day);
        }
        if (type == ENQUIRY) {
            // Everyday enquiries are about something the client does not have yet.
            int p = interest;
            for (int attempt = 0; attempt < 6 && bought(p); attempt++) {
                p = anchorProduct();
            }
            return p;
        }
        int p = lastAnchorOn(day);
        return p == NONE ? interest : p;
    }

    private Tpl pick(Tpl[] texts) {
        Tpl t = texts[r.nextInt(texts.length)];
        for (int attempt = 0; attempt < 4 && used(t); attempt++) {
            t = texts[r.nextInt(texts.length)];
        }
        if (nUsed < usedTpl.length) {
            usedTpl[nUsed++] = t;
        }
        return t;
    }

    private boolean used(Tpl t) {
        for (int i = 0; i < nUsed; i++) {
            if (usedTpl[i] == t) {
                return true;
            }
        }
        return false;
    }

    private void writeTouchpoints(List<Touchpoint> out, int[] tpType, int[] tpProd) {
        // Choose what each touchpoint says first: the sentence decides the channel, and so the hour.
        for (int i = 0; i < ne; i++) {
            int type = eType[i];
            long day = Math.floorDiv(eSec[i], DAY);
            int prod = eProd[i] != NONE ? eProd[i] : productFor(type, day);
            eProd[i] = prod;
            Opportunity opp = eOpp[i] >= 0 ? opportunities.get(eOpp[i]) : null;
            Tpl tpl = opp != null && opp.kind() == OpportunityKind.REQUEST ? null : pick(pf.summaries[type][group(prod)]);
            eTpl[i] = tpl;
            int wanted = tpl == null ? -1 : tpl.channel;
            if (wanted == Tpl.WRITTEN) {
                Channel now = CHANNELS[eChannel[i]];
                if (now == Channel.EMAIL || now == Channel.MESSAGE) {
                    wanted = -1;
                } else {
                    int[] cum = pf.channelCum[type];
                    int email = cum[Channel.EMAIL.ordinal()] - cum[Channel.EMAIL.ordinal() - 1];
                    int message = cum[Channel.MESSAGE.ordinal()] - cum[Channel.MESSAGE.ordinal() - 1];
                    wanted = message > email ? Channel.MESSAGE.ordinal() : Channel.EMAIL.ordinal();
                }
            }
            if (wanted >= 0 && wanted != eChannel[i]) {
                eChannel[i] = (byte) wanted;
                eSec[i] = place(day, wanted, eEvening[i]);
            }
        }
        long[] keys = new long[ne];
        for (int i = 0; i < ne; i++) {
            keys[i] = (eSec[i] << 7) | i;
        }
        Arrays.sort(keys);
        for (int j = 0; j < ne; j++) {
            int i = (int) (keys[j] & 127);
            int type = eType[i];
            long sec = eSec[i];
            long day = Math.floorDiv(sec, DAY);
            int prod = eProd[i];
            Tpl tpl = eTpl[i];
            slots[Tpl.PRODUCT] = ref(prod);
            slots[Tpl.STAFF] = r.nextInt(100) < 75 ? usualStaff : pf.staff[r.nextInt(pf.staff.length)];
            slots[Tpl.WEEKDAY] = People.WEEKDAYS[r.nextInt(People.WEEKDAYS.length)];

            Mood mood = r.nextInt(100) < 4 ? null : MOODS[Profile.pick(MOOD_CUM[type], r)];
            if (mood != null && tpl != null && tpl.moodSign != 0 && Integer.signum(mood.tone()) != tpl.moodSign) {
                mood = tpl.moodSign > 0 ? (r.nextInt(3) == 0 ? Mood.EXCITED : Mood.HAPPY)
                        : NEGATIVE[r.nextInt(NEGATIVE.length)];
            }
            Opportunity opp = eOpp[i] >= 0 ? opportunities.get(eOpp[i]) : null;
            String summary = tpl == null ? opp.summary() + "." : tpl.render(sb, slots);
            if (mood != null && r.nextInt(100) < 22) {
                Tpl[] tails = pf.moodTails[mood.ordinal()];
                summary = summary + " " + tails[r.nextInt(tails.length)].render(sb, slots);
            }
            String outcome;
            if (opp != null && opp.kind() == OpportunityKind.REFUSAL) {
                outcome = opp.reasonText();
            } else if (r.nextInt(100) < 85) {
                Tpl[] texts = tpl != null && tpl.outcomes != null ? tpl.outcomes : pf.outcomes[type][group(prod)];
                outcome = texts[r.nextInt(texts.length)].render(sb, slots);
            } else {
                outcome = null;
            }
            LocalDate followUpOn = r.nextInt(100) < Profile.FOLLOW_PCT[type] ? LocalDate.ofEpochDay(day + 2 + r.nextInt(20)) : null;
            boolean inbound;
            if (tpl != null && tpl.direction >= 0) {
                inbound = tpl.direction == 0;
            } else if (CHANNELS[eChannel[i]] == Channel.VISIT) {
                inbound = r.nextInt(100) < 85;
            } else {
                inbound = r.nextInt(100) < Profile.INBOUND_PCT[type];
            }
            Instant at = Instant.ofEpochSecond(sec);
            out.add(new Touchpoint(nextId(), clientId, at, CHANNELS[eChannel[i]],
                    inbound ? Direction.INBOUND : Direction.OUTBOUND, summary, outcome, mood, followUpOn));
            tpType[j] = type;
            tpProd[j] = prod;
        }
    }

    /** Next steps from the latest touchpoints that set one: old ones mostly done, recent ones often open. */
    private List<FollowUp> writeFollowUps(List<Touchpoint> tps, int[] tpType, int[] tpProd) {
        int[] chosen = new int[3];
        int n = 0;
        for (int j = tps.size() - 1; j >= 0 && n < chosen.length; j--) {
            if (tps.get(j).followUpOn() != null) {
                chosen[n++] = j;
            }
        }
        if (n == 0) {
            return List.of();
        }
        FollowUp[] out = new FollowUp[n];
        for (int k = 0; k < n; k++) {
            int j = chosen[n - 1 - k];
            Touchpoint tp = tps.get(j);
            long due = tp.followUpOn().toEpochDay();
            long tpSec = tp.occurredAt().getEpochSecond();
            slots[Tpl.PRODUCT] = ref(tpProd[j]);
            Tpl[] reasons = pf.followReasons[tpType[j]];
            String reason = reasons[r.nextInt(reasons.length)].render(sb, slots);
            Instant doneAt = null;
            if (due <= nowDay) {
                int doneChance = due >= nowDay - 30 ? 45 : 93;
                if (r.nextInt(100) < doneChance) {
                    long done = Math.min(due * DAY + 9 * 3600 + r.nextInt(9 * 3600) - (r.nextInt(3) == 0 ? DAY : 0), nowSec - 60);
                    if (done > tpSec) {
                        doneAt = Instant.ofEpochSecond(done);
                    }
                }
            }
            out[k] = new FollowUp(nextId(), clientId, tp.followUpOn(), reason, doneAt);
        }
        return List.of(out);
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
                used[n] = forTag[r.nextInt(forTag.length)];
                out[n] = note(used[n], r.nextInt(100) < 60);
                n++;
            }
        }
        for (int attempt = 0; n < count && attempt < 6; attempt++) {
            Tpl t = pf.notes[r.nextInt(pf.notes.length)];
            boolean dup = false;
            for (int i = 0; i < n; i++) {
                dup |= used[i] == t;
            }
            if (!dup) {
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

    private Note note(Tpl body, boolean pinned) {
        slots[Tpl.STAFF] = usualStaff;
        long created = createdSec + r.nextLong(nowSec - createdSec);
        long updated = r.nextInt(100) < 20 ? created + r.nextLong(nowSec - created) : created;
        Instant at = Instant.ofEpochSecond(created);
        return new Note(nextId(), clientId, body.render(sb, slots), pinned, at, Instant.ofEpochSecond(updated));
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
