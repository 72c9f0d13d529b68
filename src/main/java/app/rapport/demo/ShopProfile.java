package app.rapport.demo;

/**
 * An independent household-appliance shop with delivery, installation and repairs; what it sells
 * and says is in {@code shop.txt}.
 */
final class ShopProfile {

    private ShopProfile() {
    }

    // Channels in order VISIT, MEETING, CALL, EMAIL, MESSAGE, per kind of touchpoint.
    private static final int[][] CHANNELS = {
            {40, 0, 35, 20, 5},   // ENQUIRY
            {80, 0, 10, 10, 0},   // SALE
            {20, 0, 60, 15, 5},   // AFTER
            {0, 0, 10, 60, 30},   // THANKS
            {25, 0, 55, 15, 5},   // DOUBT
            {25, 0, 55, 15, 5},   // COMPLAINT
            {55, 0, 30, 10, 5},   // FIX
            {5, 0, 10, 60, 25},   // VALUE
            {5, 0, 50, 30, 15},   // CHECKIN
            {0, 0, 10, 70, 20},   // INFO
            {45, 0, 20, 20, 15},  // RELATION
            {50, 0, 30, 15, 5},   // OFFER
            {45, 0, 40, 15, 0},   // REFUSAL
            {0, 0, 40, 45, 15},   // RENEWAL
            {30, 0, 30, 25, 15},  // REFERRAL
            {30, 0, 30, 35, 5},   // COLLAB
            {5, 0, 50, 20, 25},   // BOOKING
            {20, 0, 50, 25, 5},   // WARRANTY
    };
    private static final int[] PREFERRED = {15, 0, 40, 30, 15};
    //                                      ENQ SAL AFT THA DOU COM FIX VAL CHK INF REL OFF REF REN RFL COL BOO WAR
    // No everyday delivery bookings: a delivery is booked only after a purchase of something delivered.
    private static final int[] FILLER = {14, 0, 0, 0, 0, 0, 0, 13, 26, 15, 11, 11, 0, 0, 4, 3, 0, 0};
    private static final int[] PROSPECT = {60, 0, 0, 0, 0, 0, 0, 0, 0, 12, 6, 22, 0, 0, 0, 0, 0, 0};

    static final Profile PROFILE = build();

    private static Profile build() {
        Profile p = new Profile("shop", Tpl.table("shop.txt"), SharedText.TEXT, CHANNELS, PREFERRED, FILLER, PROSPECT);
        p.companyPct = 6;
        p.femalePct = 52;
        p.nicknamePct = 12;
        p.honorificPct = 6;
        p.ageMin = 23;
        p.ageMax = 84;
        //                         UK  IE  US  CA  AU  NL  DE  FR  ES
        p.localeCum = Profile.cumulative(new int[] {14, 4, 52, 12, 10, 3, 2, 2, 1});
        p.anchorGroups = 0b11;
        p.bookingGroups = 0b1;
        p.serviceGroups = 0b100;
        p.repeatPurchases = false;
        p.companionPct = 35;
        return p;
    }
}
