package app.rapport.demo;

/** An independent household-appliance shop with delivery, installation and repairs. */
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
        Profile p = new Profile("shop", Tpl.sections(TEXT), SharedText.TEXT, CHANNELS, PREFERRED, FILLER, PROSPECT);
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

    private static final String TEXT = """
            @PRODUCTS
            // name | category | complexity | price | group | warranty m | renewal m | ref | weight | companions | upsells | issue % | max qty
            Nordvik 8 kg washing machine | Laundry | COMPLEX | 549.00 | 0 | 24 | 0 | washing machine | 14 | 18,19 | 1,19,17 | 12 | 1
            Nordvik 9 kg heat-pump dryer | Laundry | COMPLEX | 729.00 | 0 | 24 | 0 | dryer | 7 | 18,19 | 19,17 | 10 | 1
            Halden 60 cm dishwasher | Dishwashers | COMPLEX | 479.00 | 0 | 24 | 0 | dishwasher | 10 | 18,19 | 19,17 | 10 | 1
            Halden 70 cm fridge freezer | Refrigeration | SIMPLE | 649.00 | 0 | 24 | 0 | fridge freezer | 10 | 18,19 | 19,15 | 8 | 1
            Halden American-style fridge freezer | Refrigeration | COMPLEX | 1299.00 | 0 | 24 | 0 | American fridge freezer | 4 | 18,19 | 19,17 | 12 | 1
            Castello built-in pyrolytic oven | Cooking | COMPLEX | 899.00 | 0 | 24 | 0 | oven | 7 | 18,19 | 6,19 | 9 | 1
            Castello 80 cm induction hob | Cooking | COMPLEX | 749.00 | 0 | 24 | 0 | induction hob | 5 | 18,19 | 5,19 | 8 | 1
            Castello 100 cm range cooker | Cooking | COMPLEX | 1899.00 | 0 | 24 | 0 | range cooker | 2 | 18,19 | 19,17 | 10 | 1
            Aurelio bean-to-cup coffee machine | Coffee | COMPLEX | 649.00 | 1 | 24 | 0 | coffee machine | 6 | 19 | 20,19 | 12 | 1
            Aurelio capsule coffee maker | Coffee | SIMPLE | 129.00 | 1 | 12 | 0 | capsule coffee maker | 6 |  | 8 | 5 | 1
            Vento cordless stick vacuum | Floorcare | SIMPLE | 349.00 | 1 | 24 | 0 | cordless vacuum | 8 |  | 11 | 8 | 1
            Vento robot vacuum | Floorcare | COMPLEX | 499.00 | 1 | 24 | 0 | robot vacuum | 4 |  | 19 | 12 | 1
            Brio combination microwave | Small appliances | SIMPLE | 219.00 | 1 | 12 | 0 | combination microwave | 5 |  | 5 | 5 | 1
            Brio stand mixer | Small appliances | SIMPLE | 299.00 | 1 | 24 | 0 | stand mixer | 3 |  | 12 | 3 | 1
            Brio kettle & toaster set | Small appliances | SIMPLE | 89.00 | 1 | 12 | 0 | kettle and toaster | 3 |  | 9 | 4 | 1
            Halden wine cooler | Refrigeration | SIMPLE | 399.00 | 0 | 24 | 0 | wine cooler | 2 | 18 | 19 | 6 | 1
            Nordvik washer-dryer | Laundry | COMPLEX | 799.00 | 0 | 24 | 0 | washer-dryer | 3 | 18,19 | 19,17 | 12 | 1
            Annual appliance service plan | Service plans | SIMPLE | 89.00 | 2 | 0 | 12 | annual service plan | 3 |  | 19 | 0 | 1
            Installation & old-appliance removal | Services | SIMPLE | 79.00 | 2 | 0 | 0 | installation | 4 |  | 17 | 0 | 1 | companion-only
            Extended warranty (3 years) | Services | SIMPLE | 129.00 | 2 | 36 | 0 | extended warranty | 5 |  | 17 | 0 | 1
            Coffee machine descale & service | Services | SIMPLE | 59.00 | 2 | 0 | 0 | descale and service | 2 |  | 8 | 0 | 1

            @FREETEXT
            Repair call-out for a dishwasher bought elsewhere | repair call-out | 85.00 | 2
            Replacement fridge door seal, fitted | door seal replacement | 64.00 | 2
            Ex-display range hood, collected | ex-display range hood | 180.00 | 1

            @STAFF
            Gareth
            Nadia
            Tomás
            Lucy
            Dev

            @TAGS
            [own] warranty
            kitchen-remodel
            new-home
            landlord
            trade-account
            delivery-upstairs
            eco-conscious
            [own] vip
            [fin] financing
            [own] repair-history
            price-sensitive

            @CUSTOM
            Kitchen size = Small galley; Medium, L-shaped; Large open-plan; Medium, with island; Compact studio kitchenette
            Delivery access = Ground floor; Second floor, lift available; Third floor, no lift; Narrow side gate, measure first; Basement utility room
            Household = Two adults; Family of four; Family of five and two dogs; Single, works from home; Retired couple
            Water hardness = Hard; Very hard, recommend descaler; Soft

            @SOURCES
            walk-in | 30
            website | 20
            referral | 16
            Google search | 12
            local newspaper | 5
            flyer | 5
            home show | 4
            kitchen fitter | 8

            @COMPANY.WORDS
            Harbourview
            Oakleigh
            Meadowside
            Riverbend
            Castlegate
            Juniper
            Seaholme
            Kingsley
            Fernhill
            Alder
            @COMPANY.KINDS
            Lettings
            Property Management
            Holiday Cottages
            Dental Practice
            Café
            Guest House
            Student Housing

            @T.ENQUIRY
            {n} asked whether the {p} fits a 60 cm space and how loud it is.
            {n} came in to compare the {p} with two other models; took the brochure.
            Phone enquiry from {n}: delivery times for the {p}.
            {n} emailed measurements of the kitchen and asked which {p} would fit.
            {n} wanted to know the energy rating and running costs of the {p}.
            Asked if we price-match on the {p}; explained our policy.
            {n} asked whether we take the old appliance away when delivering the {p}.
            [fin] {n} asked about financing options for the {p}.
            {n} looked at the {p} on display for twenty minutes and asked lots of questions.

            @T.ENQUIRY/1
            {n} asked whether the {p} is easy to clean.
            {n} wanted to see the {p} working before buying.
            {n} asked which {p} we would recommend for a small kitchen.
            Phone enquiry from {n}: is the {p} in stock?
            {n} asked about the difference between the {p} and the cheaper model.

            @T.ENQUIRY/2
            {n} asked what the {p} covers and what it costs.
            [own] {n} wanted to know whether the {p} can be added to an appliance bought last year.
            Question from {n}: how quickly can someone come out for the {p}?

            @T.SALE/0
            [V][in] Sold the {p} to {n}; delivery booked for {d}.
            {n} bought the {p} after comparing it with two others; chose it for the quiet motor.
            [in] {p} ordered for {n}; it comes from the warehouse, so about a week.
            {n} bought the {p} in store with {t}; paid a deposit, balance on delivery.
            {n} ordered the {p} online and collected the receipt at the counter.
            [V][in] Sold the ex-display {p} to {n} with a small discount.
            {n} replaced a fifteen-year-old one with the {p}.
            {n} bought the {p} for the new kitchen; fitter will be there on {d}.

            @T.SALE/1
            {n} bought the {p} in store.
            [in] Sold the {p}; showed {n} the main settings at the counter.
            {n} picked up the {p} as a gift.
            {n} ordered the {p} by phone for collection on {d}.
            {n} bought the {p} after a demo from {t}.

            @T.SALE/2
            {n} signed up for the {p}.
            [in] Added the {p} to {n}'s account.
            {n} took the {p} after we explained what it covers.
            {n} paid for the {p} over the phone.

            @T.AFTER
            Called {n} two days after delivery: is the {p} installed and running?
            Onboarding call with {n}: went through the {p} programmes and the eco settings.
            [out] {t} called {n} to check the {p} is level and not vibrating.
            Sent {n} a short video guide for the {p} and called to make sure it made sense.
            Follow-up after the {p} installation: any leaks, noises or error codes?
            Checked in with {n} a few days after delivery; walked through cleaning the filter on the {p}.

            @T.AFTER/1
            Called {n} a few days after the {p} purchase to walk through the first set-up.
            Onboarding call with {n}: app pairing and the first programme on the {p}.
            Checked in with {n}: is the {p} set up the way they like it?
            Sent {n} a set-up video for the {p} and called to answer questions.

            @T.THANKS/0
            Thank-you email to {n} with the {p} manual and the warranty registration link.
            [E] Thanked {n} for choosing us; asked them to get in touch with any questions about the {p}.
            Short thank-you note to {n}; included our repair line number.
            Sent {n} a thank-you message and three tips for the first weeks with the {p}.

            @T.THANKS/1
            Message to {n}: thanks again, and a quick idea to try with the {p}.
            Sent {n} a thank-you message and three tips for the {p}.
            Thanked {n} for the purchase; attached the quick-start card for the {p}.

            @T.THANKS/2
            Thanked {n} for taking the {p}; confirmation and terms attached.
            Short thank-you to {n} with the direct number for the {p}.

            @T.DOUBT
            {n} wonders whether the {p} was the right choice; a friend bought a cheaper one.
            {n} called: the {p} is louder than expected at night.
            {n} unsure about the {p} settings; thinks the eco programme takes far too long.
            {n} asked whether it is too late to swap the {p} for a different model.
            {n} worried the {p} uses more power than the old one.
            {n} said the {p} looks bigger in the kitchen than in the shop.

            @T.DOUBT/1
            {n} not sure the {p} was worth it; still doing things the old way most days.
            {n} finds the {p} harder to use than expected.
            {n} wonders whether a cheaper {p} would have done the job.
            {n} asked whether the {p} can still be returned.

            // A complaint || the fix that answers it || the line it goes on record with.
            @STORY.COMPLAINT
            {n} reports an error code on the {p} after two weeks. => Engineer booked. ; Logged the fault. || Engineer visited {n}; replaced a faulty pump on the {p}. Working now. => Fixed. ; Replaced. || Fault on the {p} within the first month
            {n} unhappy: the {p} was delivered with a dent in the side panel. => Apologised; replacement ordered. || Arranged a replacement {p} for {n}; swapped on {d}. => Replaced. ; Resolved; customer happy. || {p} delivered damaged
            Complaint from {n}: delivery window missed; waited in all day for the {p}. => Apologised; passed to the manager. || Refunded the delivery charge and apologised to {n}. => Closed with a voucher. ; Resolved; customer happy. || Missed delivery window for the {p}
            {n} says the {p} is leaking at the front. => Engineer booked. || [V][+] Sent a technician to replace the {p} door seal; no more leaks and {n} satisfied. => Fixed. || {p} leaking at the front
            [!] {n} angry that the installers left the old packaging behind. => Apologised; collection arranged. || Collected the packaging and gave {n} a voucher for the trouble. => Closed with a voucher. || Installation of the {p} left a mess
            {n} reports the {p} stopped working after a power cut. => Logged the fault. || [out] {t} talked {n} through a reset of the {p} over the phone; fixed. => Fixed. || {p} stopped working after a power cut
            {n} says the {p} door does not close properly. => Engineer booked. || [V][+] Sent a technician to adjust the {p} door; {n} satisfied. => Fixed. || {p} door does not close properly

            @STORY.COMPLAINT/1
            {n} says the {p} stopped working after three weeks. => Asked them to bring it in. || [V][+] Swapped the {p} for a new one at the counter; {n} happy. => Replaced. || {p} stopped working within a month
            {n} unhappy: the {p} is noisier than the display model. => Asked them to bring it in. || [V][+] Swapped the {p} for a quieter one from a new batch; {n} happy. => Replaced. || {p} noisier than the display model
            {n} reports a fault on the {p}: it switches itself off. => Logged the fault. || [V] Sent the {p} for repair and lent {n} a replacement; back and working within the week. => Fixed. ; Resolved; customer happy. || {p} switches itself off
            Complaint from {n}: a part was missing from the {p} box. => Apologised; part ordered. || Sent the missing part for the {p}; {n} confirmed it works. => Resolved; customer happy. || Part missing from the {p} box

            @T.VALUE
            Emailed {n} tips on getting the most out of the {p}: the settings most people never try.
            Reminded {n} that the {p} warranty registration takes two minutes online.
            Sent {n} our seasonal cleaning checklist for the {p}.
            Told {n} about the free filter replacement that comes with the {p}.
            Message to {n}: the eco setting on the {p} saves about a fifth on energy.

            @T.VALUE/1
            Sent {n} three tips to get more out of the {p}.
            Message to {n}: accessories for the {p} are 20% off this month for existing customers.
            Reminded {n} to register the {p} for the extra year of warranty.
            Sent {n} a care guide for the {p}.

            @T.CHECKIN
            Called {n}: how is the {p} doing?
            [dlv] Quick survey to {n} about the delivery and the {p}. => Rated 5/5. ; Rated 4/5; delivery was late. ; No reply.
            [own] Checked in with {n}; everything running smoothly. => All fine. ; Happy with it.
            [dlv] Asked {n} to rate the installation team. => Rated 5/5. ; Rated 4/5; the installers were late. ; No answer; left a message.
            Sent {n} a short "how's it going?" message about the {p}.

            @T.INFO
            Let {n} know our opening hours change over the holidays.
            Informed {n} that delivery charges change from next month.
            Email to {n}: recall notice does not affect their {p}, no action needed.
            Told {n} that the repair line now has evening hours.
            Notice to {n}: new warranty terms apply to purchases from next month.
            Let {n} know the shop is closed on {d} for a stock count.

            @T.RELATION
            [+] {n} dropped by to say the {p} is the best purchase of the year.
            [V] Chatted with {n} about the kitchen renovation; showed photos of a similar one.
            [bday] Birthday email to {n} with a 10% voucher. => Thanked us. ; Will come in soon. ; No reply yet.
            {n} brought their neighbour in to see the showroom.
            Sent {n} a card to welcome them to the new house. => Thanked us. ; No reply yet.
            {n} stopped for a coffee at the demo counter and talked about the grandchildren.

            @T.OFFER
            Suggested the {p} to {n}; interested, wants to think it over.
            [own] Offered {n} the {p} at 10% off as a returning customer.
            [out] {t} showed {n} the {p} during a visit; {n} asked for a written quote.
            [own] Mentioned the {p} to {n}; would fit well with what they already have.
            {n} asked about the {p} after seeing it in the window.

            @T.REFUSAL
            Offered the {p}; {n} declined.
            {n} said no to the {p} for now.
            Suggested the {p}; {n} not convinced.
            {n} turned down the {p} after seeing the quote.

            @T.RENEWAL
            Reminder to {n}: the {p} renews next month.
            Called {n} about renewing the {p}.
            {n} asked what changes if the {p} is not renewed.
            Sent {n} the renewal invoice for the {p}.
            [won] {n} renewed the {p} for another year; confirmation emailed. => Thanked us. ; Paid by card.
            [won] The {p} renewal for {n} went through; new certificate sent. => Acknowledged. ; Thanked us.

            @T.REFERRAL
            {n} sent a neighbour, {r}, to us for a new fridge. => Thanked them with a voucher. ; {r} ordered a fridge freezer the same week.
            Asked {n} for an online review. => Review posted: five stars. ; Will do it at the weekend. ; No reply.
            {n} recommended us to a neighbour, {r}. => {r} came in the next day. ; Thanked them with a voucher.
            {n} mentioned us on the local community page. => Thanked them. ; Three enquiries came from it.

            @T.COLLAB
            Invited {n} to test a new coffee machine at home for a week. => Agreed to try it. ; Too busy this month.
            [dlv] {n} gave feedback on the delivery booking texts: too many messages.
            {n} suggested we open on Sunday mornings; passed on.
            Asked {n} to join our customer panel on the new showroom layout. => Agreed to join. ; Not this time.

            @T.BOOKING
            [dlv] Booked the {p} delivery for {d} morning. => Confirmed. ; Window sent.
            [dlv] {n} asked to move the delivery to {d}. => Moved.
            [dlv] Confirmed the installation slot on {d} with {n}. => Confirmed.
            [dlv] Texted {n} the two-hour delivery window for {d}. => Confirmed. ; Thanked us.
            [dlv] {n} rang to check the delivery time on {d}. => Window sent. ; Confirmed.

            @T.WARRANTY
            {n} asked what the warranty covers on the {p}. => Answered.
            Warranty claim from {n}: the {p} thermostat failed. => Claim opened. ; Covered; engineer booked.
            {n} asked whether the {p} warranty still applies after a house move. => Answered. ; Yes; sent the terms.
            {n} wanted a copy of the warranty certificate for the {p}. => Sent it. ; Answered.
            {n} asked whether we can extend the warranty on the {p}. => Sent the extended warranty details.

            @T.WARRANTY/1
            {n} asked what the warranty covers on the {p}. => Answered.
            Warranty claim from {n}: the {p} stopped charging. => Claim opened. ; Covered; swapped at the counter.
            {n} wanted a copy of the warranty certificate for the {p}. => Sent it. ; Answered.
            Warranty claim from {n}: a button on the {p} broke. => Covered; swapped at the counter. ; Not covered; quote sent.

            @O.ENQUIRY
            Sent a quote.
            Will come in on {d} to see it.
            Booked a home measure.
            Gave the brochure.
            No decision yet.
            @O.ENQUIRY/1
            Sent a quote.
            Will come in on {d} to see it.
            Put one aside for them.
            No decision yet.
            @O.SALE/1
            Paid in full.
            Paid by card.
            Took it home the same day.
            @O.SALE/2
            Paid in full.
            Added to the invoice.
            Confirmation emailed.
            @O.SALE
            Paid in full.
            Deposit taken.
            Delivery booked.
            [fin] Financing approved.
            @O.AFTER
            All working.
            Minor question answered.
            Sent the video guide again.
            @O.THANKS
            No reply.
            Replied with thanks.
            Registered the warranty.
            @O.DOUBT
            Reassured; will give it a month.
            Offered an exchange within 30 days.
            Sent a comparison sheet.
            Booked a demo at home.
            @O.COMPLAINT
            Engineer booked.
            Apologised; replacement ordered.
            Escalated to the manager.
            Logged the fault.
            @O.FIX
            Fixed.
            Resolved; customer happy.
            @O.VALUE
            Opened it.
            No reply.
            Said thanks.
            @O.CHECKIN
            All fine.
            Happy with it.
            No answer; left a message.
            Mentioned a small rattle; booked a check.
            Might be back for a dryer next year.
            @O.INFO
            Acknowledged.
            No reply needed.
            Asked a question.
            @O.RELATION
            Nice chat.
            Thanked us.
            Will come in soon.
            @O.OFFER
            Wants a quote.
            Thinking about it.
            Will bring their partner to see it.
            [won] Ordered.
            @O.REFUSAL
            Declined.
            Not now.
            Maybe next year.
            @O.RENEWAL
            [won] Renewed.
            [lost] Not renewing.
            Will decide next week.
            @O.REFERRAL
            Review posted.
            Neighbour came in.
            Thanked them with a voucher.
            @O.COLLAB
            Feedback noted.
            Passed on to the team.
            @O.BOOKING
            Confirmed.
            Moved.
            Window sent.
            @O.WARRANTY
            Claim opened.
            Covered; engineer booked.
            Not covered; quote sent.
            Answered.

            @F.ENQUIRY
            Send {n} the quote for the {p}
            [dlv] Call {n} back about delivery times
            [dlv] Book a home measure for {n}
            @F.SALE
            [dlv] Confirm the {p} delivery with {n}
            [dlv] Call {n} after the {p} is installed
            Check {n} is getting on with the {p}
            @F.AFTER
            Check the {p} is still running fine
            @F.DOUBT
            Call {n} back about the {p} settings
            Remind {n} of the 30-day exchange
            @F.COMPLAINT
            Chase the engineer for {n}'s {p}
            Call {n} with the replacement date
            @F.FIX
            Make sure {n} is happy after the repair
            @F.OFFER
            Send {n} a written quote for the {p}
            Ask {n} whether they decided on the {p}
            @F.REFUSAL
            Offer the {p} again in the spring sale
            @F.RENEWAL
            Renew {n}'s {p}
            @F.REFERRAL
            Send {n} a thank-you voucher
            @F.COLLAB
            Tell {n} what we did with the feedback
            @F.CHECKIN
            Call {n} in three months
            @F.BOOKING
            Confirm the delivery window with {n}
            @F.WARRANTY
            Chase the warranty claim for {n}

            @NOTES
            Prefers deliveries before noon; works from home in the afternoons.
            Narrow hallway: bring the small trolley.
            Has a cat that slips out; ring, do not knock.
            Old machine must be disconnected by a plumber; remind the installers.
            [nocall][E] Hard of hearing; email rather than call.
            [own] Always asks for the printed receipt and the box kept for a month.
            Parks in front of the shop; loading bay is fine for collections.
            Prefers {t} for any visit.
            [cash] Cash buyer; no financing.
            [own] Happy to be a reference for us; ask before passing on the number.
            Speaks mostly Spanish at home; daughter handles the details.
            Gate code changes monthly; call on arrival.
            [not3pm] Asked us never to phone during school pick-up (3 to 4pm).

            @NOTE.landlord
            Owns six rental flats; invoices go to the letting agent.
            @NOTE.kitchen-remodel
            Kitchen fitter: Davies Joinery. Coordinate delivery dates with them.
            @NOTE.delivery-upstairs
            Third floor, no lift: two-person delivery always.
            @NOTE.financing
            [fin][own] On the 0% plan; last instalment due next year.
            @NOTE.eco-conscious
            Only interested in A-rated models; ask about recycling the old one.

            @OPP.REQUEST
            Wants a quote for the {p}
            Asked whether we can install on a Sunday
            Asked for a home measure for a new kitchen
            Asked if we stock a slimline {p}
            Wants to know when the {p} comes back in stock
            @OPP.UPSELL
            Good fit for the {p}: their old one is over ten years old
            Suggest the {p} while the kitchen is being redone
            Offer the {p} at the returning-customer rate
            Mentioned their {p} is on its last legs
            @OPP.REFERRAL
            Referred their neighbour, {r}
            Left a five-star review
            Recommended us in the community group
            Sent {r} in for a new washing machine
            @OPP.REFUSAL
            Declined the {p}
            Said no to the {p}
            Not interested in the {p}

            @WHY.PRICE
            Found it cheaper online.
            Over budget this year.
            Waiting for the sales.
            Thinks the warranty costs too much for what it covers.
            @WHY.TIMING
            Renovating first; come back in the autumn.
            Old one still works; will replace it when it breaks.
            Moving house in the spring.
            @WHY.NO_NEED
            Does not cook much.
            Already has one that works fine.
            Household got smaller; no need now.
            @WHY.COMPETITOR
            Bought it at {c} during their sale.
            {c} offered free installation.
            Has a trade account with {c}.
            @WHY.QUALITY
            Read poor reviews of that brand.
            Had a bad experience with a similar model.
            Worried about spare parts in a few years.
            @WHY.OTHER
            Partner wants to see it first.
            Landlord has to approve.
            Does not like the colour options.

            @LINK.ALSO_BUYS_FROM
            Buys small appliances at {c}, large ones from us.
            Gets spare parts and filters from {c}.
            @LINK.SWITCHED_FROM_THEM
            Came to us after {c} missed two delivery dates.
            Left {c} after a warranty claim went nowhere.

            @COMPETITORS
            MegaVolt Superstore | megavolt-superstore.com | Retail park, 8 km | LOWER | Big-box electrical chain with a huge range and frequent sales.
            ClickCart Appliances | clickcart-appliances.com | Online only, nationwide delivery | LOWER | Web retailer; sharp prices, delivery by a third party.
            Henley & Sons Electrical | henleyandsons-electrical.com | Town centre | SIMILAR | Family-run shop for forty years; strong on repairs.

            @SWOT.us.STRENGTH
            Our own installers, not subcontractors || Fewer callbacks than the industry average
            Same-week delivery on most models || Delivery log
            Staff know the products and demo them in store || Reviews mention it by name
            We take the old appliance away for recycling || Asked about in most sales
            @SWOT.us.WEAKNESS
            Prices above the online retailers || Price is the top reason in refusals
            Small showroom: limited built-in range on display || Customers asked to see more
            No Sunday opening || Feedback forms
            Website stock levels are sometimes wrong || Two complaints this quarter
            @SWOT.us.OPPORTUNITY
            Kitchen fitters looking for a reliable supplier || Three fitters approached us
            Energy-saving upgrades backed by local grants || New council scheme
            Service plans for customers with older appliances || Repair calls are up
            Landlords with several properties || Growing share of sales
            @SWOT.us.THREAT
            Online retailers undercut us on big brands || Checked monthly
            Manufacturers selling direct with free delivery || Two brands started this year
            Rising delivery costs || Fuel and van leases
            Fewer new-build homes in the area || Council planning data

            @SWOT.0.STRENGTH
            Very wide range in stock || Visited the store
            Big national advertising || TV and radio campaigns
            Frequent sales and price cuts || Weekly flyers
            Finance deals at 0% || Their website
            @SWOT.0.WEAKNESS
            Staff rotate and know little about products || Customers who came to us afterwards
            Installation subcontracted, long waits || Reviews mention three-week waits
            Hard to reach after-sales || Our customers' stories
            @SWOT.0.OPPORTUNITY
            Customers frustrated with their after-sales come to us || Several switched this year
            We can promise named installers || They cannot
            Advice-led selling for big-ticket items || Customers ask for guidance
            @SWOT.0.THREAT
            Price-matching pressure on popular models || Customers quote their price
            Opening a smaller town-centre format || Planning notice
            Black Friday sales pull demand forward || November sales dip

            @SWOT.1.STRENGTH
            Lowest prices on many models || Price checks
            Order at midnight from the sofa || Online only
            Huge number of reviews on each product || Their product pages
            @SWOT.1.WEAKNESS
            Delivery by a third-party courier || Damaged deliveries reported by customers
            No installation on most items || Their terms
            No one to talk to after the sale || Chat bot only
            @SWOT.1.OPPORTUNITY
            Offer to install appliances bought online || Requests at our counter
            People want to see and touch before spending a lot || Showroom visits before online orders
            Position our delivery and installation as the real price difference || Refusal reasons mention price, not service
            @SWOT.1.THREAT
            Customers use our showroom and buy from them || Staff have seen it happen
            Free next-day delivery on big items || Their advertising
            Their reviews shape which brands people want || Customers ask for their bestsellers

            @SWOT.2.STRENGTH
            Forty years in town; everyone knows them || Local reputation
            Strong repair service || Repair van often seen nearby
            Loyal older customers || Their customers mention them
            @SWOT.2.WEAKNESS
            Small range, mostly older models || Visited the shop
            No online shop || Website is one page
            Owner close to retirement || Local talk
            @SWOT.2.OPPORTUNITY
            Their customers will need a new shop when they retire || Owner said so at a trade evening
            Partner with them on repairs for our customers || They have spare capacity
            Take over their service-plan customers || Suggested informally
            @SWOT.2.THREAT
            Their repair service keeps customers away from replacing || Repair-over-replace trend
            A younger family member may modernise the shop || Rumour
            Loyal customers refer each other to them || Seen in the community group
            """;
}
