package app.rapport.demo;

/** A town-centre hair salon with a small team of stylists. */
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
        Profile p = new Profile("salon", Tpl.sections(TEXT), SharedText.TEXT, CHANNELS, PREFERRED, FILLER, PROSPECT);
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

    private static final String TEXT = """
            @PRODUCTS
            // name | category | complexity | price | group | warranty m | renewal m | ref | weight | companions | upsells | issue % | max qty
            Cut & blow-dry | Cuts & styling | SIMPLE | 55.00 | 0 | 0 | 0 | cut and blow-dry | 30 | 13,15 | 8,16,14 | 0 | 1
            Short cut & finish | Cuts & styling | SIMPLE | 38.00 | 0 | 0 | 0 | short cut | 14 | 15 | 9,15 | 0 | 1
            Fringe & neckline tidy | Cuts & styling | SIMPLE | 12.00 | 0 | 0 | 0 | fringe trim | 5 |  | 0 | 0 | 1
            Root colour touch-up | Colour | SIMPLE | 68.00 | 3 | 0 | 0 | root touch-up | 14 | 13 | 16,13,5 | 0 | 1
            Full head colour | Colour | SIMPLE | 95.00 | 3 | 0 | 0 | full head colour | 8 | 13 | 16,8,5 | 0 | 1
            Balayage | Colour | COMPLEX | 185.00 | 3 | 0 | 0 | balayage | 9 | 13 | 16,8,14 | 0 | 1
            Half-head highlights | Colour | SIMPLE | 120.00 | 3 | 0 | 0 | highlights | 7 | 13 | 16,5 | 0 | 1
            Keratin smoothing treatment | Treatments | COMPLEX | 220.00 | 5 | 0 | 0 | keratin treatment | 4 | 14 | 14,17 | 0 | 1
            Bond-repair treatment | Treatments | SIMPLE | 45.00 | 5 | 0 | 0 | bond-repair treatment | 6 |  | 14,7 | 0 | 1
            Scalp detox ritual | Treatments | SIMPLE | 40.00 | 5 | 0 | 0 | scalp treatment | 3 |  | 8 | 0 | 1
            Bridal hair trial | Occasions | COMPLEX | 90.00 | 4 | 0 | 0 | bridal trial | 2 |  | 11 | 0 | 1
            Wedding-day styling | Occasions | COMPLEX | 160.00 | 4 | 0 | 0 | wedding-day styling | 1 |  | 18 | 0 | 1
            Event updo | Occasions | SIMPLE | 65.00 | 4 | 0 | 0 | updo | 3 |  | 17 | 0 | 1
            Colour-protect shampoo (250 ml) | Retail care | SIMPLE | 18.50 | 1 | 0 | 0 | colour-protect shampoo | 6 |  | 14 | 6 | 2
            Deep repair mask (200 ml) | Retail care | SIMPLE | 24.00 | 1 | 0 | 0 | repair mask | 4 |  | 8 | 6 | 1
            Heat-protect spray | Retail care | SIMPLE | 16.00 | 1 | 0 | 0 | heat-protect spray | 3 |  | 14 | 5 | 1
            Gloss & tone package (3 visits) | Packages | SIMPLE | 110.00 | 2 | 0 | 0 | gloss package | 3 |  | 5 | 0 | 1
            Blow-dry club (4 a month) | Packages | SIMPLE | 99.00 | 2 | 0 | 1 | blow-dry club membership | 3 |  | 7 | 0 | 1
            Gift voucher | Gift vouchers | SIMPLE | 50.00 | 2 | 0 | 0 | gift voucher | 3 |  | 0 | 0 | 3
            Curl-defining cream | Retail care | SIMPLE | 21.00 | 1 | 0 | 0 | curl cream | 3 |  | 8 | 5 | 1
            Argan finishing oil (50 ml) | Retail care | SIMPLE | 26.00 | 1 | 0 | 0 | finishing oil | 2 |  | 14 | 3 | 1

            @FREETEXT
            Colour correction (quoted on the day) | colour correction | 140.00 | 3
            Kids' cut alongside parent | kids' cut | 15.00 | 0
            Hair extensions removal | extensions removal | 60.00 | 0

            @STAFF
            Maya
            Jonas
            Priya
            Ellie
            Marco
            Tash

            @TAGS
            [own] vip
            colour
            sensitive-scalp
            bridal
            curly-hair
            [own] every-6-weeks
            student
            [late] late-appointments
            gift-voucher
            [own] loyalty-card
            balayage
            [nophotos] no-photos

            @CUSTOM
            Hair type = fine, wavy; thick, curly; fine, straight; coarse, coily; medium, wavy; thick, straight; fine, colour-treated
            Colour formula = 6.1 + 7.3, 20 vol, 35 min; Roots 5.0, lengths gloss 8.13; Toner 9.12, 10 vol, 20 min; 7.0 + 7.4 (1:1), 20 vol; Ammonia-free 6.3, 9 vol, 30 min
            Preferred stylist = Maya; Jonas; Priya; Ellie; Marco; Tash
            Patch test = Clear, done at first visit; Clear, renewed this year; Mild redness — use the gentle line; Due again soon

            @SOURCES
            walk-in | 18
            referral | 24
            Instagram | 20
            website | 12
            Google search | 12
            gift voucher | 6
            local newspaper | 3
            wedding fair | 5

            @COMPANY.WORDS
            Studio
            @COMPANY.KINDS
            Productions

            @T.ENQUIRY
            {n} asked what the {p} costs and how long the appointment takes.
            {n} sent a photo of the look they are after and asked whether a {p} would get there.
            Asked if we have a slot for a {p} on a {d} evening.
            Instagram message: {n} saw our before-and-after post and asked about the {p}.
            {n} wanted a rough price for the {p} on shoulder-length hair.
            Asked how often the {p} needs refreshing and what the aftercare involves.
            {n} asked whether {t} could do the {p}, having seen their work on a friend.

            @T.ENQUIRY/3
            {n} asked what the {p} costs and how long the appointment takes.
            {n} sent a photo of the look they are after and asked whether a {p} would get there.
            Asked if we have a slot for a {p} on a {d} evening.
            Instagram message: {n} saw our before-and-after post and asked about the {p}.
            {n} wanted a rough price for the {p} on shoulder-length hair.
            Asked how often the {p} needs refreshing and what the aftercare involves.
            {n} asked whether {t} could do the {p}, having seen their work on a friend.
            {n} rang to ask about a patch test before the {p}; explained the 48-hour rule.
            Enquiry from {n}: can the {p} be done in one sitting, or does it need two visits?
            {n} wondered whether the {p} would work on hair that was box-dyed last year.

            @T.ENQUIRY/4
            {n} asked what the {p} costs and how long it takes on the day.
            {n} sent a photo of the look they are after and asked whether a {p} would get there.
            {n} asked whether {t} could do the {p}, having seen their work on a friend.
            Enquiry from {n}: can we do the {p} early on a Saturday morning?
            {n} asked whether we could do the {p} for a group of four.

            @T.ENQUIRY/1
            {n} asked whether we still stock the {p} and whether it is sulphate-free.
            Asked us to put a {p} aside for collection on {d}.
            {n} wanted to know whether the {p} works on bleached ends.
            Quick message from {n}: is the {p} sold in a travel size too?
            {n} asked which retail product suits coloured hair; suggested the {p}.

            @T.ENQUIRY/2
            {n} asked how the {p} works and whether it can be shared with a partner.
            Asked whether the {p} can be used for colour services as well as blow-dries.
            {n} wanted a {p} for a friend's birthday and asked how long it stays valid.
            Enquiry about the {p}: {n} wanted to know what happens with missed visits.

            @T.SALE/0
            [+] {n} came in for the {p} with {t}; really pleased with the result.
            {p} with {t}. {n} brought a reference photo and we matched it closely.
            [+] {n} had the {p} today. Took a little longer than planned but the finish was lovely.
            [in][first] First {p} with us. {t} talked {n} through the aftercare at the basin.
            [V][+][photos] {p} done by {t}; {n} took photos for Instagram before leaving.
            [chat] {n} in for the {p}. Chatted about an upcoming holiday the whole time.
            [own] {p} today. {n} asked for a softer finish around the face than last time.
            [in][+][own] Regular visit: {p} with {t}. {n} said it is the best it has looked in ages.
            [first] {n} tried the {p} for the first time after thinking about it for months.
            {p} with {t} on a busy {d}; {n} did not mind the short wait.

            @T.SALE/5
            {p} with {t}; {n} said their hair feels softer already.
            [in][first] First {p} with us. {t} explained how often to repeat it.
            [+] {n} had the {p} today and loved the head massage at the basin.
            {p} with {t} on a busy {d}; {n} did not mind the short wait.

            @T.SALE/4
            [+] {n} came in for the {p} with {t}; really pleased with the result.
            {p} with {t}. {n} brought a reference photo and we matched it closely.
            [+] {n} had the {p} today. Took a little longer than planned but the finish was lovely.
            [V][+] {p} done by {t}; {n} left for the big day beaming.

            @T.SALE/1
            {n} picked up the {p} after the appointment.
            Bought the {p} on {t}'s recommendation.
            {n} popped in between appointments just to buy the {p}.
            [V][in] Sold the {p}; showed {n} how much to use on damp hair.
            {n} bought the {p} after trying it at the basin.

            @T.SALE/2
            {n} bought the {p} at reception.
            [V][in] Sold the {p}; explained how booking works with it.
            {n} picked up a {p} as a present.
            [V][in] Set {n} up with the {p}; first visit booked for {d}.

            @T.AFTER
            Message to {n} a few days after the {p}: asked how it is settling in.
            Called {n} to check the {p} is behaving after the first wash.
            Sent {n} the aftercare sheet for the {p} and a reminder to go gently for the first few days.
            Checked in after the {p}: any dryness, frizz or fading since the appointment?
            [+] {t} followed up on the {p}; {n} sent a photo taken in daylight.
            Follow-up call after the {p}. Went through which products to use and which to avoid for now.

            @T.AFTER/4
            Message to {n} after the {p}: how did the day go?
            Called {n} after the {p} to hear how the day went.
            {t} followed up after the {p}; {n} sent a photo from the day.

            @T.THANKS/0
            Thank-you message to {n} after the {p}, with a photo of the finished look.
            Sent {n} a quick thank-you and a tip for styling the {p} at home.
            [photos] Thanked {n} for coming in and asked for a photo once they have styled it themselves.
            Short message after the {p}: thanks for the visit, next appointment suggested in about six weeks.
            Thank-you note to {n}; {t} added a personal line about the plans they talked about.

            @T.THANKS/5
            Thank-you message to {n} after the {p}, with the aftercare tips.
            Sent {n} a quick thank-you and a reminder to go easy on heat styling this week.

            @T.THANKS/4
            Thank-you message to {n} after the {p}, with a photo of the finished look.
            Sent {n} a quick thank-you and best wishes for the day.
            Thank-you note to {n}; {t} added a personal line about the plans they talked about.

            @T.THANKS/1
            Thanked {n} for picking up the {p}; sent a short video on how to apply it.
            Message to {n}: a tip for getting the most out of the {p}.
            Followed up on the {p}: a coin-sized amount is plenty.

            @T.THANKS/2
            Thanked {n} for the {p} and confirmed the details by email.
            Sent {n} the booking link that goes with the {p}.
            Message to {n}: the {p} is registered; happy to help with any booking.

            @T.DOUBT
            {n} is not sure the {p} suits them; says it looked better in the salon than at home.
            Message from {n} wondering whether the {p} was worth the price.
            {n} asked if going for the {p} was a mistake; friends liked the old look better.
            {n} unsure about the {p}: likes the shape, not the length around the face.
            {n} called, a bit anxious: the {p} feels different from what they pictured.

            @T.DOUBT/5
            Message from {n} wondering whether the {p} was worth the price.
            {n} not sure the {p} made much difference.

            @T.DOUBT/4
            Message from {n} wondering whether the {p} was worth the price.
            {n} said the {p} did not hold as well as hoped through the evening.

            @T.DOUBT/3
            {n} is not sure the {p} suits them; says it looks warmer at home than in the salon.
            Message from {n} wondering whether the {p} was worth the price.
            {n} worried that the {p} is fading faster than expected after a week.
            {n} asked if going for the {p} was a mistake; friends liked the old look better.
            {n} unsure about the {p}: likes the tone, not how bright it is around the face.

            // A complaint || the fix that answers it || the line it goes on record with.
            @STORY.COMPLAINT
            Complaint from {n}: waited 25 minutes past the appointment time for the {p}. => Apologised; logged it. ; Passed to {t}. || Sent {n} a voucher for the next visit with an apology for the wait. => Accepted the apology. ; Resolved. || Waited too long before the {p}
            {n} felt rushed during the {p} and said so on the way out. => Passed to {t}. ; Logged; calling back tomorrow. || Called {n} to apologise; booked the next visit with extra time, on the house. => Accepted the apology. ; Happy again. || Felt rushed during the {p}
            Complaint: {n} was charged more than the quote for the {p}. => Logged; calling back tomorrow. || Refunded the difference on the {p} and apologised for the mix-up. => Accepted the apology. ; Resolved. || Charged above the quote for the {p}
            {n} says the {p} is not what they asked for. => Apologised; fix booked. || [V][in][+] {t} put the {p} right at no charge; {n} left happy. => Resolved. ; Happy again. || The {p} was not what they asked for

            @STORY.COMPLAINT/3
            {n} unhappy: the {p} turned brassy within two weeks. => Apologised; fix booked. || [+] Booked {n} in for a free toner with {t}; the colour is much cooler now. => Resolved. ; Happy again. || The {p} went brassy; wants it put right
            {n} says the {p} left the scalp itchy and tight. => Passed to {t}. ; Logged; calling back tomorrow. || Called {n} back: offered a soothing scalp treatment on the house and noted the sensitivity. => Resolved; note kept on file. ; Accepted the apology. || Itchy scalp after the {p}
            {n} messaged that the {p} is patchy at the back; noticed it in a photo. => Apologised; fix booked. || [V][in][+] {t} corrected the {p} at no charge; {n} left happy. => Resolved. ; Happy again. || The {p} is patchy at the back
            Complaint: {n} was charged more than the quote for the {p}. => Logged; calling back tomorrow. || Refunded the difference on the {p} and apologised for the mix-up. => Accepted the apology. ; Resolved. || Charged above the quote for the {p}
            {n} says the {p} faded within three weeks. => Apologised; fix booked. || [V][+] {t} refreshed the {p} with a gloss at no charge; {n} loves it again. => Happy again. || The {p} faded too fast

            @T.VALUE
            Sent {n} three styling ideas that work with the {p}.
            [own] Reminded {n} that regular clients get a free fringe trim between visits.
            Message to {n}: how to keep the {p} fresh between visits.
            [S] Shared a short video from {t} on heat styling without undoing the {p}.
            Told {n} about the complimentary gloss that pairs well with the {p}.
            [photos] Sent {n} a before-and-after of their own {p} from the salon camera.

            @T.VALUE/5
            Sent {n} tips for making the {p} last longer.
            Message to {n}: the {p} works best repeated every four to six weeks.
            [own] Reminded {n} that regular clients get a free fringe trim between visits.

            @T.VALUE/4
            Sent {n} the photos {t} took of the {p}.
            Message to {n}: a few ideas for their next occasion, after the {p}.
            [own] Reminded {n} that regular clients get a free fringe trim between visits.

            @T.CHECKIN
            [own] Checked in with {n}: how has the hair been since the last visit?
            [+] Quick "how's it going?" message to {n}; all fine, busy month.
            [own] Asked {n} for a one-line rating of the last visit. => Rated the visit 5/5. ; Rated the visit 4/5; would like shorter waits. ; No reply yet.
            [own] Called {n} after a few quiet weeks to make sure everything was alright.
            [own] Sent {n} a two-question survey about the last appointment. => Rated the visit 5/5. ; Rated the visit 4/5; would like shorter waits. ; No reply yet.
            [own] Message to {n}: fancy booking the next visit?

            @T.INFO
            Let {n} know that late opening moves from Thursday to Wednesday.
            Told {n} about the new price list starting next month.
            Email to {n}: {t} is on leave for two weeks; offered another stylist or a later date.
            Told {n} about the new online booking page.
            Message to {n}: colour appointments over two hours now need a small deposit.
            Notice to {n}: the salon is closed on {d} for staff training.

            @T.RELATION
            [bday] Birthday message to {n} with a small treat on the next visit. => Replied with a heart. ; Thanked us.
            [V][in][appt][chat] Chatted with {n} about the new job during the {p}.
            [+][own] {n} dropped by with cake for the team, to say thanks for looking after them. => Thanked them. ; Lovely chat.
            [own] Congratulated {n} on the new baby; best wishes from the whole team.
            [V][own][chat] {n} told us about a trip to Lisbon; promised photos next time.
            [own] Sent {n} a card after they mentioned a difficult few months.
            Sent {n} a note to say we would love to see them soon, with the booking link.
            [own] Thanked {n} for the kind review they left after the last visit.

            @T.OFFER
            Suggested the {p} to {n}; interested, will think about it.
            [V] Showed {n} what the {p} could do for their hair type.
            [appt] {t} mentioned the {p} during the appointment; {n} asked for the price.
            [own] Offered {n} the {p} at the regulars' rate.
            [V] {n} asked about the {p} after seeing another client's result.

            @T.REFUSAL
            Offered the {p}; {n} said not for now.
            {n} turned down the {p} for the moment.
            Suggested the {p}, but {n} would rather keep things simple.
            {n} declined the {p} after hearing the price.

            @T.RENEWAL
            Reminder to {n}: the {p} renews next week.
            Asked {n} whether to carry on with the {p} next month.
            {n} asked to pause the {p} over the summer.
            Renewal chat about the {p}: {n} wants to switch to a different day.
            [won] {n}'s {p} carries on for another month; payment taken. => Thanked us. ; Confirmed.
            [won] Renewed {n}'s {p} at reception. => Confirmed.

            @T.REFERRAL
            {n} sent a friend, {r}, to us; thanked them with a discount code. => Discount code sent. ; {r} booked in.
            [+] Asked {n} whether they would leave us a review; happy to. => Review posted. ; Will write one this week.
            {n} recommended {t} to a colleague, {r}.
            [S][photos] {n} posted a photo and tagged the salon; thanked them. => Thanked them. ; Shared it on our page.
            {n} referred {r}, who booked a cut for next week.

            @T.COLLAB
            Asked {n} to try a new vegan colour line and give honest feedback. => Happy to try it. ; Not for now.
            {n} gave feedback on the new booking page: too many steps.
            Invited {n} to our client evening to preview the autumn looks. => Coming to the evening. ; Cannot make it this time.
            {n} suggested early Saturday slots; passed it on to the team.
            [own] {n} tested the new basin massage chairs and told us what worked.

            @T.BOOKING
            [next] {n} booked in with {t} for {d}. => Confirmed. ; Reminder set.
            [next] {n} moved their appointment to {d} afternoon. => Moved. ; Confirmed.
            [next] Confirmed {n}'s appointment for {d} by text. => Confirmed. ; Thanked us.
            [next] {n} cancelled an appointment (sick child); rebooked for {d}. => Rebooked. ; Confirmed.
            [next] {n} asked for the first slot on {d}; booked with {t}. => Confirmed. ; Reminder set.
            [+][next] Reminder sent for {n}'s appointment on {d}; confirmed. => Confirmed.
            [out][next] {n} missed the appointment; sent a friendly message to rebook. => Rebooked for {d}. ; No reply yet.
            {n} asked to be on the cancellation list for {d}. => On the waiting list.

            @T.WARRANTY
            {n} asked to exchange the {p}; it did not suit their hair.
            {n} brought the {p} back unopened; refunded. => Refunded.
            Question from {n}: can the {p} be used with a hot brush? => Answered. ; Yes, on the low setting.
            {n} reported that the {p} pump is broken; swapped it. => Exchanged.

            @O.ENQUIRY
            Sent the price list.
            Booked a consultation.
            Will call back after checking with {t}.
            No booking yet.
            [won] Booked in.
            @O.ENQUIRY/3
            Sent the price list.
            Booked a consultation.
            Will call back after checking with {t}.
            Booked a patch test.
            No booking yet.
            [won] Booked in.
            @O.SALE/1
            Paid in full.
            Paid by card.
            Added to the loyalty card.
            @O.SALE/2
            Paid in full.
            Details emailed.
            Paid by card.
            @O.SALE
            Next visit booked in six weeks.
            Paid in full.
            Used a gift voucher for part of it.
            Next visit booked.
            Left a five-star review.
            No rebooking yet.
            @O.AFTER
            All fine.
            Follow-up visit booked.
            Sent extra aftercare tips.
            Slight dryness; suggested the repair mask.
            Happy with it.
            @O.THANKS
            Replied with a heart.
            No reply.
            Said thanks back.
            Sent a photo of the look.
            @O.DOUBT
            Offered a free check with {t}.
            Reassured; will give it another week.
            Booked a tweak appointment.
            Sent photos of how it will settle.
            @O.COMPLAINT
            Apologised; fix booked.
            Passed to {t}.
            Offered a partial refund.
            Logged; calling back tomorrow.
            @O.FIX
            Resolved.
            Happy again.
            Resolved; note kept on file.
            Accepted the apology.
            @O.VALUE
            Opened the message.
            Replied with thanks.
            No reply.
            Asked a follow-up question.
            @O.CHECKIN
            All good.
            Wants to book soon.
            No reply yet.
            Wants to come in before the holidays.
            @O.INFO
            Acknowledged.
            No reply needed.
            Asked about the new prices.
            @O.RELATION
            Lovely chat.
            Thanked us.
            Sent a photo back.
            @O.OFFER
            Thinking about it.
            Wants a quote.
            [won] Booked it.
            Will decide after payday.
            @O.REFUSAL
            Declined.
            Not now.
            Maybe later in the year.
            @O.RENEWAL
            [won] Renewed.
            Paused for a month.
            Switched day.
            Will confirm next week.
            @O.REFERRAL
            Discount code sent.
            Review posted.
            Friend booked in.
            @O.COLLAB
            Feedback noted.
            Passed on to the team.
            @O.BOOKING
            Confirmed.
            Rebooked.
            On the waiting list.
            Reminder set.
            @O.WARRANTY
            Exchanged.
            Refunded.
            Answered.

            @F.ENQUIRY
            Send {n} the price list
            Call {n} back about the {p}
            Check whether {t} can fit {n} in
            @F.SALE
            Book {n}'s next appointment
            Check how the {p} is holding up
            @F.AFTER
            Book {n}'s follow-up visit
            Check the {p} after the first few washes
            @F.DOUBT
            Check in with {n}, who was unsure about the {p}
            Offer {n} a quick tweak appointment
            @F.COMPLAINT
            Call {n} back about the complaint
            Make sure the fix is booked for {n}
            @F.FIX
            Check {n} is happy after the fix
            @F.OFFER
            Ask {n} about the {p} again
            Send {n} the price for the {p}
            @F.REFUSAL
            Revisit the {p} with {n} in a few months
            @F.RENEWAL
            Confirm {n}'s {p} renewal
            @F.REFERRAL
            Send {n} the referral discount code
            @F.COLLAB
            Tell {n} what we did with the feedback
            @F.CHECKIN
            Offer {n} a refresh appointment
            @F.BOOKING
            Confirm {n}'s appointment
            @F.WARRANTY
            Check the replacement {p} suits {n}

            @NOTES
            [late] Prefers appointments after 5pm.
            Always books with {t}.
            [quiet] Likes a quiet appointment; not much chat.
            Oat milk in the coffee, please.
            [own] The colour formula on the card is the latest; ignore the older one.
            Usually pays with a gift voucher from family.
            Hates a short fringe: take off less than asked.
            Sometimes comes in with a toddler; keep the corner chair free.
            Gets anxious about being late; text a reminder the evening before.
            [nocall][S] Prefers texts over calls; works night shifts.
            Natural level 6; wants to go lighter gradually over the year.
            Ask before blow-drying straight; prefers the natural texture.
            Likes the parting on the right.
            [photos] Happy to be photographed for our Instagram.
            Runs the bakery around the corner; always asks about our new staff.
            Hard of hearing on the left side; sit on the right when talking.
            Can't sit long at the basin (back pain); use the reclining chair.
            [own] Tips generously; remembers every stylist's name.

            @NOTE.sensitive-scalp
            Allergic to ammonia-based dye; use the ammonia-free line.
            Sensitive scalp: no hot towels, lukewarm water only.
            @NOTE.bridal
            Wedding planned for next June; wants the trial in March.
            Bridal party of four; ask about a group booking for the morning.
            @NOTE.no-photos
            [nophotos] Do NOT post photos online.
            @NOTE.curly-hair
            Curly cut dry only; never thin out the ends.
            @NOTE.student
            Student discount applies; card checked.

            @OPP.REQUEST
            Would like Sunday appointments
            Asked for a {p} on a weekday evening
            Asked us to stock a fragrance-free shampoo
            Asked for a loyalty card
            Wants a kids' cut slot straight after their own
            Asked for a home visit on the wedding morning
            @OPP.UPSELL
            Good fit for the {p}: hair is dry after colouring
            Suggest the {p} before the summer holiday
            Could move on to the {p} next visit
            Keeps asking about the {p}; ready when the budget allows
            @OPP.REFERRAL
            Referred {r}
            Will recommend us at work; says {r} is looking for a new salon
            Posted a review and tagged us
            Brought {r} along to the next appointment
            @OPP.REFUSAL
            Declined the {p}
            Said no to the {p} for now
            Not interested in the {p}

            @WHY.PRICE
            Too expensive right now.
            Thinks it costs too much compared with the high-street chains.
            Will wait for a promotion.
            Spending on a holiday this year instead.
            @WHY.TIMING
            Too busy until after exams.
            Moving house next month.
            Wants to wait until after the holiday.
            Not before the wedding; maybe after.
            @WHY.NO_NEED
            Happy with the current routine.
            Hair is already in good condition.
            Does not style their hair much.
            @WHY.COMPETITOR
            A friend has it done at {c} for less.
            Already had it done at {c}.
            Goes to {c} for treatments.
            @WHY.QUALITY
            Worried it will damage the hair.
            Read bad reviews of the product we use.
            Had a bad experience with it elsewhere.
            @WHY.OTHER
            Partner is not keen on the idea.
            Allergy worries; wants to check with the doctor first.
            Would rather decide after the next cut.

            @LINK.ALSO_BUYS_FROM
            Gets quick trims at {c} between colour visits.
            Buys treatments at {c}, colour with us.
            @LINK.SWITCHED_FROM_THEM
            Came to us from {c} after a colour went wrong.
            Left {c} because of long waits for the senior stylist.
            Was with {c} for years; switched after a friend's recommendation.

            @COMPETITORS
            Studio Mirelle | studiomirelle.co.uk | High Street, 200 m away | HIGHER | Upmarket salon run by a stylist with a big following; strong on Instagram.
            QuickSnip | quicksnip-hair.com | Riverside shopping centre, 2 km | LOWER | Walk-in chain, no appointments, cuts only.
            The Colour Lab | colourlab-studio.co.uk | Old Town, 1 km | SIMILAR | Small colour specialist: balayage, vivid colours, corrections.
            Bloom Mobile Hair | bloommobilehair.co.uk | Comes to your home | LOWER | Two mobile hairdressers; weddings, events and home visits.

            @SWOT.us.STRENGTH
            Senior colourists with ten years' experience or more || Colour clients stay three years on average
            Clients feel remembered: formulas and preferences are on file || Several reviews mention it by name
            Late opening two evenings a week || Evening slots fill up first
            Central, five minutes from the station || Half of the walk-ins are commuters
            Warm, unhurried atmosphere || Client survey: 4.8 out of 5 for "felt welcome"
            @SWOT.us.WEAKNESS
            Cuts priced above the local average || Price is the top reason in refusals
            Small team: Saturday slots are hard to get || Waiting list most weekends
            Online booking is clumsy on phones || Complaints in the feedback survey
            Little space for retail || Retail is under a tenth of takings
            @SWOT.us.OPPORTUNITY
            Bridal season: trials and wedding-day packages || Enquiries double every spring
            Men's grooming is growing nearby || Two new office buildings opened this year
            Aftercare refills on subscription || Several clients asked for it
            Cross-promotion with the nail studio next door || They offered to share a window
            @SWOT.us.THREAT
            Budget chain opening in the shopping centre || Leaflets already through doors
            Rent goes up at renewal next year || Letter from the landlord
            Mobile stylists undercutting us on occasion hair || Lost two bridal bookings to them
            Supplier raised colour prices by 12% || New supplier price list

            @SWOT.0.STRENGTH
            A salon people want to be photographed in || Clients mention it often
            Owner is a known name locally || Feature in the local magazine
            Strong Instagram following || Around 18,000 followers
            Luxury retail brands || Seen on a visit
            @SWOT.0.WEAKNESS
            Long waits for the owner's chair || Clients who switched to us said so
            Expensive for a simple cut || Price list checked
            High staff turnover || Three stylists left this year
            No evening opening || Opening hours on their website
            @SWOT.0.OPPORTUNITY
            Their priced-out clients want quality at a fairer price || Two switched after their last price rise
            They have no loyalty scheme || Asked about by their clients
            We can own the evening slots || They close at six
            @SWOT.0.THREAT
            Launching a bridal suite || Announced on social media
            Trying to hire experienced colourists || Approached one of ours
            Might open a second salon near the station || Heard from a supplier rep

            @SWOT.1.STRENGTH
            Very cheap cuts || About half our price
            No booking needed || Walk-in model
            Open seven days a week || Posted opening hours
            Free parking at the shopping centre || Three hours free
            @SWOT.1.WEAKNESS
            No colour services || Cuts only
            Rushed, fifteen-minute cuts || Clients who came over from them
            A different stylist every time || Client feedback
            @SWOT.1.OPPORTUNITY
            People who want colour or advice trade up to us || Several new clients came from them
            A quick-trim slot could win back fringe and neckline visits || January trial went well
            Students move on from them when they start working || Seen in new client sources
            @SWOT.1.THREAT
            Anchors what a cut "should" cost || Mentioned in refusals
            Adding basic colour next year || Job advert for colourists
            Families and students are price-sensitive || Refusal reasons

            @SWOT.2.STRENGTH
            Known as the balayage specialists || Top result in local searches
            Good at colour corrections || Clients of ours have gone there for it
            Offers vivid and fashion colours || Portfolio on their website
            @SWOT.2.WEAKNESS
            Only two chairs: waits of three weeks || Clients told us
            No cuts beyond a tidy-up || Their menu
            Old Town parking is difficult || Reviews mention it
            @SWOT.2.OPPORTUNITY
            Clients who want colour and a proper cut in one visit || Asked for at our desk
            Their waiting list pushes people to us || Two new clients said so
            We could run a colour open evening || Their events sell out
            @SWOT.2.THREAT
            Takes our balayage clients when prices rise || One switched last spring
            Very active on Instagram with before-and-afters || Weekly posts
            Might hire a cutter and become a full salon || Job advert seen

            @SWOT.3.STRENGTH
            Comes to the client's home || Their website
            Popular for weddings and parties || Booked at most local wedding fairs
            Low overheads, lower prices || Price list online
            @SWOT.3.WEAKNESS
            Limited colour work at home || Only root touch-ups offered
            Hard to reach at short notice || Clients who tried to book
            No salon for trials in bad weather || Reviews mention it
            @SWOT.3.OPPORTUNITY
            Offer bridal parties a salon morning with breakfast || Brides asked about it
            Partner with them for large weddings || They turn away big parties
            Home visits for older regulars || Three clients asked
            @SWOT.3.THREAT
            Winning bridal bookings on price || Two lost this year
            Wedding planners recommend them || Heard at the wedding fair
            Expanding to three stylists || Their social media
            """;
}
