package app.rapport.demo;

/**
 * A B2B company whose field salespeople sell dispatch and fleet software, the services around
 * it and the hardware in the vans, to service companies; what it sells and says is in {@code field.txt}.
 */
final class FieldProfile {

    private FieldProfile() {
    }

    // Channels in order VISIT, MEETING, CALL, EMAIL, MESSAGE, per kind of touchpoint.
    private static final int[][] CHANNELS = {
            {0, 20, 40, 40, 0},   // ENQUIRY
            {10, 60, 20, 10, 0},  // SALE
            {25, 35, 35, 5, 0},   // AFTER
            {0, 0, 15, 80, 5},    // THANKS
            {10, 30, 50, 10, 0},  // DOUBT
            {0, 10, 60, 30, 0},   // COMPLAINT
            {25, 15, 45, 15, 0},  // FIX
            {5, 25, 25, 45, 0},   // VALUE
            {20, 25, 40, 15, 0},  // CHECKIN
            {0, 5, 15, 80, 0},    // INFO
            {35, 25, 30, 10, 0},  // RELATION
            {10, 50, 30, 10, 0},  // OFFER
            {5, 40, 35, 20, 0},   // REFUSAL
            {5, 35, 35, 25, 0},   // RENEWAL
            {10, 20, 40, 30, 0},  // REFERRAL
            {15, 65, 10, 10, 0},  // COLLAB
            {0, 0, 40, 50, 10},   // BOOKING
            {5, 0, 50, 45, 0},    // WARRANTY
    };
    private static final int[] PREFERRED = {15, 25, 30, 30, 0};
    //                                      ENQ SAL AFT THA DOU COM FIX VAL CHK INF REL OFF REF REN RFL COL BOO WAR
    private static final int[] FILLER = {8, 0, 0, 0, 0, 0, 0, 12, 22, 12, 12, 10, 0, 0, 3, 9, 12, 0};
    private static final int[] PROSPECT = {42, 0, 0, 0, 0, 0, 0, 0, 0, 10, 12, 24, 0, 0, 0, 0, 12, 0};

    static final Profile PROFILE = build();

    private static Profile build() {
        Profile p = new Profile("field", Tpl.table("field.txt"), SharedText.TEXT, CHANNELS, PREFERRED, FILLER, PROSPECT);
        p.companyPct = 82;
        p.femalePct = 44;
        p.nicknamePct = 15;
        p.honorificPct = 0;
        p.ageMin = 27;
        p.ageMax = 63;
        //                         UK  IE  US  CA  AU  NL  DE  FR  ES
        p.localeCum = Profile.cumulative(new int[] {26, 6, 14, 5, 5, 16, 14, 9, 5});
        p.anchorGroups = 0b1001;
        p.bookingGroups = 0b1000;
        p.serviceGroups = 0b110;
        p.weekdays = 5;
        p.companionPct = 40;
        return p;
    }
}
