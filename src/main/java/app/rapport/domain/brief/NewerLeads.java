package app.rapport.domain.brief;

/**
 * Newer over older: what they raised last leads the call. An invitation of theirs gives way to
 * something live that came after it (an ask they are deciding on or waiting for, an offer of ours
 * they are weighing up, a demo, a set-up or a proposal under way), and is said as a line under that
 * call: "Premium support plan" asked two days ago leads over "come and see our site" three weeks ago.
 */
final class NewerLeads {
    /** How old an ask they are still deciding on can be and still own the call (as the interest situation reads it). */
    private static final long DECIDING_LEADS_DAYS = 60;

    private NewerLeads() {
    }

    static void read(BriefFacts f) {
        if (f.invitedAgeDays == null) {
            return;
        }
        long invited = f.invitedAgeDays;
        boolean newerAsk = f.askAgeDays != null && f.askAgeDays < invited
                && (f.askedInWords || "deciding".equals(f.askState) && f.askAgeDays <= DECIDING_LEADS_DAYS);
        boolean newerOffer = f.offerPending && f.offerAgeDays != null && f.offerAgeDays < invited;
        boolean newerUnderWay = !"none".equals(f.underWay) && f.underWayAgeDays != null && f.underWayAgeDays < invited;
        f.invitationOutrun = newerAsk || newerOffer || newerUnderWay;
    }
}
