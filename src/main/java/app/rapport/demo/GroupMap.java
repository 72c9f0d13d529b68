package app.rapport.demo;

/**
 * Our own SWOT map for the MIXED demo: one owner's small local group with a hair salon, an
 * appliance shop and a field-sales team for local firms, sharing one client book. Its cards are
 * true of the group as a whole, so a brief for a salon client never cites an installer, and the
 * other way round.
 */
final class GroupMap {
    private GroupMap() {
    }

    static final Profile.Card[][] CARDS = Profile.parseSwot(Tpl.sections("""
            @SWOT.us.STRENGTH
            One client book for the salon, the shop and the sales team || Clients who use two of our businesses stay longer
            Local people answer the phone, never a call centre || Reviews mention it often
            Our own trained staff do the work: stylists, installers and support || No subcontractors anywhere
            Known in town for twenty years || Feature in the local magazine
            Clients feel remembered from one visit to the next || Feedback survey: 4.7 out of 5
            @SWOT.us.WEAKNESS
            Prices above the budget and online players in all three trades || Price is the top reason in refusals
            Small teams: busy weeks mean waiting lists || Saturday chairs and install dates book up
            Booking and website feel dated on a phone || Complaints in the feedback survey
            The owner's time is split three ways || Decisions wait for her
            @SWOT.us.OPPORTUNITY
            Introduce clients of one business to the others || A few already use two of them
            Service plans and subscriptions in every trade || Clients asked for aftercare refills and repair plans
            Local firms are growing: offices, fitters, landlords || Most new leads come from them
            Referrals from long-time clients || Referred clients spend more in their first year
            @SWOT.us.THREAT
            Online and budget rivals set what clients expect to pay || Comes up in most price talks
            Rent, supplier prices and fuel are all rising || New price lists and the landlord's letter
            Big chains opening within a mile || A budget salon and an appliance superstore
            Losing one key person hurts a small team || Two leavers last year
            """), "SWOT.us");
}
