package app.rapport.store;

import app.rapport.domain.ClientSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What a client-list row shows beside the client's own columns, gathered from the rows of its
 * phones, emails, tags and open follow-ups: the first phone and email (lowest position), the
 * tags, and the earliest follow-up. The list read from the store and the search index both make
 * their rows with it, and must agree: the list shows some pages from one and some from the other.
 */
class ListRowDetails {
    private String primaryPhone;
    private int primaryPhonePosition = Integer.MAX_VALUE;
    private String primaryEmail;
    private int primaryEmailPosition = Integer.MAX_VALUE;
    private List<String> tags;
    private LocalDate nextFollowUp;

    void phone(String number, int position) {
        if (position < primaryPhonePosition) {
            primaryPhone = number;
            primaryPhonePosition = position;
        }
    }

    void email(String address, int position) {
        if (position < primaryEmailPosition) {
            primaryEmail = address;
            primaryEmailPosition = position;
        }
    }

    void tag(String tag) {
        if (tags == null) {
            tags = new ArrayList<>(2);
        }
        tags.add(tag);
    }

    /** An open follow-up due on {@code due}. */
    void followUp(LocalDate due) {
        if (nextFollowUp == null || due.isBefore(nextFollowUp)) {
            nextFollowUp = due;
        }
    }

    List<String> tags() {
        return tags == null ? List.of() : tags;
    }

    LocalDate nextFollowUp() {
        return nextFollowUp;
    }

    ClientSummary summary(UUID id, String displayName, String companyName, Instant lastTouchpointAt) {
        if (tags != null && tags.size() > 1) {
            tags.sort(Comparator.naturalOrder());
        }
        return new ClientSummary(id, displayName, companyName, primaryPhone, primaryEmail, tags, lastTouchpointAt, nextFollowUp);
    }
}
