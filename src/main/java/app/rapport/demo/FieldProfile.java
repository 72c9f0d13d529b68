package app.rapport.demo;

/**
 * A B2B company whose field salespeople sell dispatch and fleet software, the services around
 * it and the hardware in the vans, to service companies.
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
        Profile p = new Profile("field", Tpl.sections(TEXT), SharedText.TEXT, CHANNELS, PREFERRED, FILLER, PROSPECT);
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

    private static final String TEXT = """
            @PRODUCTS
            // name | category | complexity | price | group | warranty m | renewal m | ref | weight | companions | upsells | issue % | max qty
            FieldLine Dispatch licence (annual, 10 users) | Software licences | COMPLEX | 3600.00 | 0 | 0 | 12 | Dispatch licence | 12 | 4,7 | 2,3,8,10 | 0 | 3
            FieldLine Fleet Tracking licence (annual, 25 vehicles) | Software licences | COMPLEX | 4800.00 | 0 | 0 | 12 | Fleet Tracking licence | 9 | 10,7 | 13,3,8 | 0 | 2
            FieldLine mobile app add-on (annual) | Software licences | SIMPLE | 1200.00 | 0 | 0 | 12 | mobile app add-on | 6 |  | 11,5 | 0 | 3
            FieldLine Insights analytics module (annual) | Software licences | SIMPLE | 1800.00 | 0 | 0 | 12 | analytics module | 4 |  | 5,8 | 0 | 1
            Onboarding & data migration | Professional services | COMPLEX | 2500.00 | 1 | 0 | 0 | onboarding project | 6 |  | 5,6 | 0 | 1
            On-site training day | Professional services | SIMPLE | 950.00 | 1 | 0 | 0 | training day | 5 |  | 3 | 0 | 2
            ERP integration project | Professional services | COMPLEX | 6500.00 | 1 | 0 | 0 | ERP integration | 2 |  | 8 | 0 | 1
            Standard support plan (annual) | Service plans | SIMPLE | 900.00 | 2 | 0 | 12 | Standard support plan | 6 |  | 8,9 | 0 | 1
            Premium 24/7 support plan (annual) | Service plans | SIMPLE | 2400.00 | 2 | 0 | 12 | Premium support plan | 3 |  | 9 | 0 | 1
            Annual health-check visit | Service plans | SIMPLE | 650.00 | 2 | 0 | 0 | health-check visit | 3 |  | 3 | 0 | 1
            GPS tracker units (pack of 10) | Hardware | COMPLEX | 1490.00 | 3 | 24 | 0 | GPS trackers | 6 |  | 13,1 | 10 | 4
            Rugged tablet | Hardware | SIMPLE | 689.00 | 3 | 24 | 0 | rugged tablets | 5 |  | 12,2 | 12 | 12
            Handheld barcode scanner | Hardware | SIMPLE | 349.00 | 3 | 24 | 0 | barcode scanners | 3 |  | 11 | 10 | 10
            Vehicle dash camera | Hardware | SIMPLE | 259.00 | 3 | 24 | 0 | dash cams | 3 |  | 10 | 10 | 20

            @FREETEXT
            Custom report development (4 days) | custom reports | 3200.00 | 1
            Extra data import from the old system | extra data import | 750.00 | 1
            Replacement tablet chargers (pack) | tablet chargers | 180.00 | 3

            @STAFF
            Sophie
            Ravi
            Martin
            Claire
            Hendrik

            @TAGS
            [own] key-account
            distributor
            pilot
            multi-site
            public-sector
            reseller
            enterprise
            smb
            [own] at-risk
            [own] reference-customer
            integration
            [own] renewal-q4

            @CUSTOM
            Fleet size = 8 vans; 14 vans; 22 vans; 35 vehicles; 60 vehicles; 120 vehicles; 240 vehicles
            Employees = 12; 25; 48; 90; 150; 320; 800
            Contract tier = Bronze; Silver; Gold
            Depots = 1; 2; 3; 5; 9
            Decision maker = Operations director; Managing director; Head of IT; Fleet manager; Finance director

            @SOURCES
            trade fair | 22
            cold call | 18
            referral | 20
            website | 14
            LinkedIn | 12
            partner | 10
            webinar | 4

            @COMPANY.WORDS
            Brightwater
            Northgate
            Kestrel
            Ironbridge
            Silverline
            Oakridge
            Bluefin
            Harbourside
            Redwood
            Summit
            Granite
            Meadowbank
            Thornbury
            Larkspur
            Cobalt
            Riverside
            Ashford
            Pinecrest
            Westfield
            Highmoor
            Falcon
            Lindenhof
            Beacon
            Copperleaf
            Stonebridge
            Evergreen
            Marlow
            Tidewater
            Kingfisher
            Driftwood
            Aldgate
            Windmere
            Blackthorn
            Sterling
            Orchard
            Foxglove
            Northwind
            Cedar
            Saltmarsh
            Greystone
            @COMPANY.KINDS
            Logistics
            Facilities Services
            Plumbing & Heating
            Electrical
            Property Maintenance
            Couriers
            Landscaping
            Pest Control
            Security Services
            Cleaning Company
            Waste Management
            Home Care
            Lift Services
            Heating & Cooling
            Engineering
            Removals
            Fire Protection
            Solar
            Roofing
            Glazing
            Fleet Hire
            Medical Supplies
            Vending
            Catering Supplies

            @T.ENQUIRY
            {n} from {o} asked for a demo of the {p}.
            {n} asked how the {p} handles jobs that run over and need rescheduling.
            Inbound enquiry from {o}: pricing for the {p} with 30 users.
            [V][in] Met {n} at the trade fair stand; asked about the {p} and offline mode.
            {n} asked whether the {p} integrates with their accounting package.
            {n} wanted references from a company of a similar size before looking at the {p}.
            {n} downloaded the {p} brochure and asked for a call.
            {n} asked about data hosting and GDPR for the {p}.

            @T.ENQUIRY/3
            {n} asked about lead times for {p} for the whole fleet.
            {n} wanted to know if the {p} work with their existing vans.
            Question from {o}: can we supply {p} with a three-year warranty?

            @T.ENQUIRY/1
            {n} asked what the {p} involves and how long it takes.
            {n} asked whether the {p} can be done remotely.
            Question from {o}: who on our side would run the {p}?
            {n} asked for a quote for the {p} for the new depot team.

            @T.ENQUIRY/2
            {n} asked what the {p} includes and how fast the response times are.
            {n} asked whether the {p} covers weekend call-outs.
            Question from {o}: can the {p} start mid-year?

            @T.SALE/0
            {o} signed the {p} contract; kick-off meeting set for {d}.
            Contract for the {p} signed by {n} after the final demo with their dispatchers.
            Closed the {p} with {n}; procurement approved the purchase order.
            {n} signed for the {p} at the end of the quarter after a two-month pilot.
            Signed the {p} with {o}; {t} handed over to the onboarding team.

            @T.SALE/1
            {n} ordered the {p}; scheduled with our consultants for {d}.
            Statement of work for the {p} signed by {o}.
            {o} booked the {p} for their new depot team.

            @T.SALE/2
            {o} took out the {p}.
            [own] {n} signed the {p} alongside the licence renewal.
            [own] Upgraded {o} to the {p} after a busy winter of support calls.

            @T.SALE/3
            {o} ordered {p}; delivery to the main depot on {d}.
            Purchase order from {n} for {p} received.
            {n} ordered {p} for the new vans.

            @T.AFTER
            Onboarding kick-off with {n} and two dispatchers: imported the job types and zones for the {p}.
            Week-one check with {n}: the {p} is live for the first team; drivers logging in.
            [out] {t} ran a remote session with {o} to finish the {p} configuration.
            Called {n} a few days after go-live; a few drivers still on paper, agreed a plan.
            On-site day at {o}: trained the office team on the {p}.
            Onboarding review with {n}: data migrated, two open questions about the {p} reports.

            @T.AFTER/1
            Kick-off call for the {p} with {n}: scope, timeline and who does what.
            [V] On-site day at {o} for the {p}: workshops with the office team.
            Week-two check with {n}: the {p} is on track; one open question about their data.

            @T.AFTER/3
            Called {n} to check the {p} arrived and are installed in the vans.
            Remote session with {o}: paired the {p} with the fleet accounts.
            Checked with {n} that all {p} report in; two units needed a restart.

            @T.THANKS
            Thank-you email to {n} after signing, with the onboarding plan for the {p}.
            Sent {n} a welcome pack for the {p} and the support contacts.
            Thanked {n} for the order; introduced the onboarding lead.
            Short note to {n} thanking {o} for the trust and confirming next steps.

            @T.THANKS/3
            Thanked {n} for the order; the {p} ship this week.
            Sent {n} the fitting guide for the {p} and the support contacts.
            Short note to {n} thanking {o} for the order and confirming the delivery date.

            @T.DOUBT
            {n} unsure the {p} is worth it; the drivers push back on the app.
            {n} asked whether {o} moved too fast on the {p}; finance is asking questions.
            {n} worried about the time the team spends on the {p} set-up.
            {n} said the board doubts the {p} will pay back this year.
            {n} wondered whether the old spreadsheets were good enough after all.

            @T.DOUBT/3
            {n} unsure the {p} are worth it; drivers feel watched.
            {n} wonders whether cheaper {p} would have done the job.
            {n} asked whether the {p} can go back if the pilot fails.

            // A complaint || the fix that answers it || the line it goes on record with.
            @STORY.COMPLAINT
            {n} reports the {p} was down for two hours yesterday morning. => Ticket escalated. ; Engineer assigned. || [out] {t} called {n} with the root cause and the fix; accepted. => Resolved. ; Closed; customer satisfied. || Outage on the {p}
            Complaint from {o}: invoices for the {p} do not match the contract. => Credit requested. || Credit note issued to {o} and invoices corrected. => Resolved. ; Closed; customer satisfied. || Billing errors on the {p}
            {n} says support took two days to answer a ticket about the {p}. => Apologised; ticket escalated. || [out] {t} called {n} to apologise; the ticket is closed and {o} now has a named support engineer. => Closed; customer satisfied. || Slow support on {p} tickets
            [!] {n} frustrated: the {p} sync fails for drivers in rural areas. => Engineer assigned. ; Apologised; fix in progress. || Engineering fixed the {p} sync issue; confirmed with {n}. => Resolved. ; Closed; customer satisfied. || Sync failures on the {p} in rural areas
            {n} unhappy that a promised {p} feature is still missing. => Apologised; passed to product. || Agreed a workaround with {n} until the feature ships. => Workaround accepted. || Missing feature promised for the {p}
            {n} escalated: the last update to the {p} broke their custom report. => Ticket escalated. ; Apologised; fix in progress. || Patched the {p} report; {n} confirmed it works. => Resolved. ; Closed; customer satisfied. || Update to the {p} broke a custom report

            @STORY.COMPLAINT/3
            {n} reports that three of the {p} stopped reporting last week. => Engineer assigned. || [out] {t} walked {n} through a firmware update for the {p}; all reporting again. => Resolved. || {p} stopped reporting
            Complaint from {o}: the {p} were delivered to the wrong depot. => Apologised; fix in progress. || Arranged collection and redelivery of the {p} to the right depot. => Resolved. ; Closed; customer satisfied. || {p} delivered to the wrong depot
            {n} says the {p} drain the van batteries over the weekend. => Engineer assigned. || [V] Engineer adjusted the {p} wiring at the depot; fixed. => Resolved. || {p} drain the van batteries
            {n} unhappy with how long the {p} took to arrive. => Apologised; chasing the supplier. || Shipped the rest of the {p} by express and waived the delivery charge. => Closed; customer satisfied. || Slow delivery of the {p}

            @T.VALUE
            Sent {n} a usage report: the {p} cut empty miles by 11% last quarter.
            Shared three features of the {p} that {o} is not using yet.
            Invited {n} to a webinar on route planning with the {p}.
            Sent {n} a case study from a similar company using the {p}.
            [M] Showed {n} the new dashboard in the {p}.

            @T.VALUE/3
            Sent {n} a short report: the {p} helped find a stolen van within hours.
            [M] Showed {n} how to use the {p} data in the weekly driver review.
            Sent {n} tips for fitting the {p} in the new vans.

            @T.CHECKIN
            [own] Quarterly check-in with {n}: adoption, open tickets and plans.
            [own] Called {n} for a quick health check on the account.
            Account review with {o}: all teams now on the {p}.
            Sent {n} the customer satisfaction survey. => Rated us 9/10. ; Rated us 7/10; wants faster support. ; No reply yet.
            [+][own] Checked in with {n} after the busy season; all good.

            @T.INFO
            [own] Informed {n} of the planned maintenance window on {d} night.
            [own] Email to {o}: new data processing agreement, signature needed. => Signed and returned. ; Sent to their legal team. ; No reply yet.
            [own] Let {n} know about the price change at the next renewal.
            [own] Release notes sent to {n}: offline mode improvements.
            [own] Notice to {o}: the old mobile app version stops working next quarter.
            Let {n} know that {t} is their new account manager.
            Sent {n} our newsletter: customer stories and the dates of the next user day.

            @T.RELATION
            Lunch with {n}; talked about the expansion to a second depot.
            [V][-] Met {n} at the trade fair; caught up on their year.
            Congratulated {n} on the promotion to operations director.
            [E] Sent {n} a note to mark ten years of {o}.
            [+] Coffee with {n} near their office; no agenda, good conversation.
            [bday] Sent {n} a birthday card from the team. => Thanked us. ; No reply yet.

            @T.OFFER
            Presented the {p} to {n}; interested, needs budget approval.
            [E] Proposal for the {p} sent to {o}.
            Demoed the {p} to {n} and their finance lead.
            Suggested the {p} to {n} as the fleet grows.
            {n} asked for a quote for the {p} after seeing it at a user day.

            @T.REFUSAL
            Proposed the {p}; {n} declined.
            {o} turned down the {p} for this year.
            [A] {n} said no to the {p} after the board meeting.
            {n} passed on the {p} for now.

            @T.RENEWAL
            Renewal meeting with {n} for the {p}.
            [E] Sent {o} the renewal quote for the {p}.
            {n} asked for a multi-year price on the {p}.
            Renewal call: {n} wants to add users to the {p}.
            [won] {o} renewed the {p} for another year; invoice sent. => Acknowledged. ; Thanked us.
            [won] Renewal of the {p} signed by {n}. => Invoice sent. ; Thanked us.

            @T.REFERRAL
            {n} introduced us to {r} at a partner company.
            {n} agreed to be a reference customer for prospects.
            [V] {n} spoke at our user day about the results at {o}.
            {n} passed our details to {r}, who runs a cleaning company.

            @T.COLLAB
            [own] Product council session with {n}: ideas for route optimisation.
            [own] {n} tested the beta of the new scheduling board and sent feedback.
            Workshop at {o} on how their dispatchers plan a day. => Feedback recorded. ; Follow-up session planned.
            [own] {n} joined the customer advisory call about offline mode.
            Brainstorm with {n} on an integration with their parts supplier.

            @T.BOOKING
            [A][own] Scheduled the quarterly review with {n} for {d}. => Confirmed. ; Agenda sent.
            [A] {n} moved the meeting to {d}. => Moved.
            [A] Confirmed the on-site visit to {o} on {d}. => Confirmed.
            Sent {n} the agenda for {d}. => Confirmed. ; Added two points of their own.

            @T.WARRANTY
            {n} reported two faulty {p}; RMA opened. => Replacements on their way. ; RMA opened.
            Warranty replacement for {p} shipped to {o}. => Replaced.
            {n} asked whether damage in the van is covered for the {p}. => Not covered; quote sent. ; Answered.
            {n} asked how to return a faulty unit from the {p} order. => RMA opened.

            @O.ENQUIRY
            Demo booked.
            Sent pricing.
            Sent references.
            Qualified; budget next quarter.
            [lost] Not a fit yet.
            @O.SALE
            Contract signed.
            PO received.
            Handed over to onboarding.
            Invoice sent.
            @O.AFTER
            On track.
            Two actions for us.
            Go-live date confirmed.
            Needs another session.
            @O.THANKS
            Acknowledged.
            No reply.
            Replied with the team list.
            @O.DOUBT
            Shared adoption figures.
            Booked a review with their team.
            Offered extra training.
            Escalated to {t}.
            @O.COMPLAINT
            Ticket escalated.
            Apologised; fix in progress.
            Credit requested.
            Engineer assigned.
            @O.FIX
            Resolved.
            Closed; customer satisfied.
            @O.VALUE
            Opened.
            Forwarded to the team.
            Asked for a session.
            No reply.
            @O.CHECKIN
            Healthy account.
            Two open tickets.
            Wants a roadmap update.
            Asked about the next release.
            @O.INFO
            Acknowledged.
            Asked a question.
            Forwarded to their IT team.
            @O.RELATION
            Good conversation.
            Invited us to their site.
            Thanked us.
            @O.OFFER
            Needs approval.
            Proposal requested.
            [won] Agreed; the order will follow.
            Thinking about it.
            @O.REFUSAL
            Declined.
            Not this year.
            Revisit next budget round.
            @O.RENEWAL
            [won] Renewed.
            [won] Renewed with more users.
            Negotiating.
            Will decide next month.
            @O.REFERRAL
            Introduction made.
            Reference call done.
            Thanked them.
            @O.COLLAB
            Feedback recorded.
            Ideas passed to product.
            Follow-up session planned.
            @O.BOOKING
            Confirmed.
            Moved.
            Agenda sent.
            @O.WARRANTY
            RMA opened.
            Replaced.
            Not covered; quote sent.

            @F.ENQUIRY
            Book the {p} demo with {n}
            Send {o} pricing for the {p}
            @F.SALE
            Check the kick-off is scheduled for {o}
            Introduce {n} to the onboarding lead
            @F.AFTER
            Review {p} adoption with {n}
            Second onboarding session with {o}
            @F.DOUBT
            Send {n} the adoption figures
            Book a review with {o}'s drivers
            @F.COMPLAINT
            Update {n} on the ticket
            Confirm the fix with {o}
            @F.FIX
            Check {o} has had no repeat issues
            @F.OFFER
            Send {o} the proposal for the {p}
            Chase {n} on the {p} budget decision
            @F.REFUSAL
            Revisit the {p} with {o} next budget round
            @F.RENEWAL
            Close the {p} renewal with {o}
            @F.REFERRAL
            Thank {n} for the introduction
            @F.COLLAB
            Share the roadmap outcome with {n}
            @F.CHECKIN
            Schedule the next quarterly review with {n}
            @F.BOOKING
            Send {n} the agenda
            @F.WARRANTY
            Confirm the replacement {p} arrived at {o}

            @NOTES
            Decision maker is the finance director; {n} champions us internally.
            Budget year starts in April; proposals by January.
            Prefers video calls on Tuesdays and Thursdays.
            Dispatch office is on site at the main depot; park at the back.
            Procurement needs three quotes for anything over 10k.
            Uses the old routing system in the northern depot until next year.
            Very technical; send release notes in detail.
            [after10] Do not call before 10am: morning briefings with the drivers.
            Asked for invoices by post as well as email.
            Drivers unionised; involve the shop steward in any app change.
            [own] Happy to host prospect visits at the depot.
            {t} owns this account; copy them on everything.
            Sister company in the group also a client.

            @NOTE.key-account
            [own] Key account: quarterly business review, named support engineer.
            @NOTE.at-risk
            [own] At risk: unhappy with support response times; weekly check-in until it settles.
            @NOTE.public-sector
            Public sector: purchases go through the framework agreement; no discounts outside it.
            @NOTE.reseller
            Resells to smaller firms in the region; margin agreed at 20%.
            @NOTE.pilot
            Pilot runs with one depot; decision after twelve weeks.

            @OPP.REQUEST
            Wants a quote for the {p}
            Asked for a single sign-on option
            Asked for a pilot of the {p} at the second depot
            Needs an API export for their payroll system
            Asked for a Spanish-language driver app
            @OPP.UPSELL
            Fleet is growing: candidate for the {p}
            Good fit for the {p} after the busy season
            Support tickets suggest the {p} would help
            Second depot opening; offer the {p}
            @OPP.REFERRAL
            Introduced {r} at a partner company
            Agreed to be a reference customer
            Spoke at our user day
            Passed our details to {r}
            @OPP.REFUSAL
            Declined the {p}
            Said no to the {p} this year
            Not interested in the {p}

            @WHY.PRICE
            Over budget this financial year.
            Finance wants a lower price per user.
            Cannot justify the cost for a small fleet.
            Wants the price frozen for three years.
            @WHY.TIMING
            Busy season; no time for a roll-out.
            Reorganisation underway; revisit after the summer.
            Waiting for the new depot to open.
            @WHY.NO_NEED
            Current set-up is good enough.
            Too few vehicles to need it.
            Drivers already use a free app for that.
            @WHY.COMPETITOR
            Group head office standardised on {c}.
            {c} bundled it for free.
            Already has a contract with {c} until next year.
            @WHY.QUALITY
            Pilot users found the app slow.
            Worried about offline reliability.
            Heard of outages from another customer.
            @WHY.OTHER
            Works council has to approve.
            IT security review pending.
            New managing director wants to review all suppliers.

            @LINK.MENTIONED
            Said {c} called them last week.
            Compared our licence price with {c}'s.
            Asked what makes us different from {c}.
            @LINK.ALSO_BUYS_FROM
            Uses {c} for telematics, us for dispatch.
            Their northern depot still runs on {c}.
            @LINK.SWITCHED_TO_THEM
            Moved to {c} after the group merger.
            Chose {c} at renewal; price was the deciding factor.
            @LINK.SWITCHED_FROM_THEM
            Came to us from {c} after repeated outages.
            Left {c} because support was offshore and slow.

            @COMPETITORS
            Corvex Systems | corvex-systems.com | International | HIGHER | Enterprise suite for large fleets; long projects, big partner network.
            TrackPilot | trackpilot.io | Online, self-service | LOWER | Low-cost tracking app; sign up with a credit card.
            Meridian Field Solutions | meridianfield.eu | Regional integrator | SIMILAR | Reseller and integrator; bundles hardware with software from several vendors.
            Quillstone Software | quillstone-software.com | National | SIMILAR | Job-management software for trades, strong with plumbing and heating firms.

            @SWOT.us.STRENGTH
            Works offline in the van || Cited in most won deals
            Fast onboarding: live in four weeks || Average across last year's projects
            Local support team that knows the customer || Satisfaction survey
            One suite: dispatch, tracking and hardware || Fewer vendors for customers
            @SWOT.us.WEAKNESS
            Higher price per user than self-service apps || Top refusal reason
            Reporting is less flexible than the big suites || Feature requests
            Small partner network outside our home region || Lost deals in the south
            Few integrations with accounting packages || Asked for in demos
            @SWOT.us.OPPORTUNITY
            Electric vans need charging-aware routing || Customers asking since last year
            Mid-sized firms outgrowing spreadsheets || Most inbound leads
            Public-sector framework listing || Tender opens next spring
            Bundle hardware and service plans || Higher renewal rate when bundled
            @SWOT.us.THREAT
            Big suites discounting heavily for mid-sized deals || Two lost deals
            Free apps good enough for very small fleets || Lost small prospects
            Consolidation: customers bought by groups with a standard || Three cases this year
            Hardware prices rising || Supplier notices

            @SWOT.0.STRENGTH
            Complete enterprise suite || Their product sheets
            Strong brand with large fleets || Analyst reports
            Big partner network || Their partner list
            @SWOT.0.WEAKNESS
            Long, costly implementations || Customers who came to us
            Complex for small teams || Feedback from a pilot user
            Support through partners, not directly || Their terms
            @SWOT.0.OPPORTUNITY
            Mid-sized customers they treat as small || Three switched to us
            Their price increase at renewal || Customers forwarded the letters
            Emphasise our four-week go-live || Their projects take months
            @SWOT.0.THREAT
            Deep discounts to win key accounts || Seen in two deals
            Head offices standardise on them || Group purchasing decisions
            Launching a cheaper edition for mid-sized fleets || Press release

            @SWOT.1.STRENGTH
            Very low price per vehicle || Public pricing page
            Sign up in minutes || Self-service trial
            Simple and modern app || App store reviews
            @SWOT.1.WEAKNESS
            No dispatch or job management || Product pages
            Support by email only || Their website
            Weak offline mode || Prospects told us
            @SWOT.1.OPPORTUNITY
            Their customers outgrow them at 20 vans || Inbound leads mention them
            Offer an easy migration from their exports || Two migrations done
            Position on service and offline reliability || Won deals
            @SWOT.1.THREAT
            Anchors expectations on price || Mentioned in negotiations
            Adding basic dispatch features || Their roadmap blog
            Aggressive online advertising || Search results

            @SWOT.2.STRENGTH
            Local relationships and on-site presence || Seen at regional events
            Bundles hardware with installation || Their offers
            Flexible on contracts || Customers mention it
            @SWOT.2.WEAKNESS
            Depends on other vendors' software || Their product list
            Small support team || Customer stories
            Slow to adopt new features || Release cycles
            @SWOT.2.OPPORTUNITY
            Partner with them in regions we do not cover || Informal talks
            Customers want one vendor for software and support || Asked in demos
            Their key engineer is retiring || Heard at a trade fair
            @SWOT.2.THREAT
            Could start reselling a competitor's software || Rumour
            Undercuts us on hardware bundles || Lost one deal
            Strong ties with regional public bodies || Tender results

            @SWOT.3.STRENGTH
            Built for trades, very specific workflows || Demo seen
            Strong in plumbing and heating || Their customer list
            Good quoting and invoicing || Reviews
            @SWOT.3.WEAKNESS
            Weak fleet tracking || Customers use a second tool
            Little beyond trades || Their marketing
            Limited multi-depot support || Prospects said so
            @SWOT.3.OPPORTUNITY
            Their customers who grow into multi-depot operations || Two leads this year
            Integrate instead of compete on quoting || Customers asked
            Trade associations are looking for a fleet partner || Event contacts
            @SWOT.3.THREAT
            Adding tracking through a partner || Announcement
            Loyal community of trade users || Forums
            Bundled discounts for association members || Association newsletter
            """;
}
