package app.rapport.demo;

/** A town-centre hair salon with a small team of stylists; what it sells and says is in {@code salon.txt}. */
final class SalonProfile {

    private SalonProfile() {
    }

    // Channels in order VISIT, MEETING, CALL, EMAIL, MESSAGE, per kind of touchpoint.
    private static final int[][] CHANNELS = {
            {10, 0, 35, 15, 40},  // ENQUIRY
            {100, 0, 0, 0, 0},    // SALE
            {0, 0, 40, 10, 50},   // AFTER
            {0, 0, 5, 15, 80},    // THANKS
            {20, 0, 40, 5, 35},   // DOUBT
            {30, 0, 45, 5, 20},   // COMPLAINT
            {70, 0, 20, 0, 10},   // FIX
            {5, 0, 10, 35, 50},   // VALUE
            {5, 0, 30, 15, 50},   // CHECKIN
            {0, 0, 5, 45, 50},    // INFO
            {35, 0, 10, 10, 45},  // RELATION
            {80, 0, 10, 5, 5},    // OFFER
            {80, 0, 15, 0, 5},    // REFUSAL
            {25, 0, 30, 20, 25},  // RENEWAL
            {50, 0, 15, 5, 30},   // REFERRAL
            {70, 0, 10, 15, 5},   // COLLAB
            {0, 0, 55, 5, 40},    // BOOKING
            {60, 0, 25, 5, 10},   // WARRANTY
    };
    private static final int[] PREFERRED = {10, 0, 25, 15, 50};
    //                                      ENQ SAL AFT THA DOU COM FIX VAL CHK INF REL OFF REF REN RFL COL BOO WAR
    // Appointments are mostly booked a few days before the visit (see appointmentGroups); everyday
    // bookings are the waiting list and missed appointments.
    private static final int[] FILLER = {10, 0, 0, 0, 0, 0, 0, 12, 24, 12, 14, 9, 0, 0, 5, 4, 10, 0};
    private static final int[] PROSPECT = {55, 0, 0, 0, 0, 0, 0, 0, 0, 14, 10, 13, 0, 0, 0, 0, 8, 0};

    static final Profile PROFILE = build();

    private static Profile build() {
        Profile p = new Profile("salon", Tpl.table("salon.txt"), SharedText.TEXT, CHANNELS, PREFERRED, FILLER, PROSPECT);
        p.companyPct = 0;
        p.femalePct = 78;
        p.nicknamePct = 35;
        p.honorificPct = 5;
        p.ageMin = 17;
        p.ageMax = 78;
        //                         UK  IE  US  CA  AU  NL  DE  FR  ES
        p.localeCum = Profile.cumulative(new int[] {62, 10, 4, 2, 5, 10, 3, 2, 2});
        // Groups: 0 cuts, 1 retail care, 2 packages and vouchers, 3 colour, 4 occasions, 5 treatments.
        p.anchorGroups = 0b111001;
        p.appointmentGroups = 0b111001;
        p.companionPct = 30;
        return p;
    }
}
