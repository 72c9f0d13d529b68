package app.rapport.domain.contacts;

import app.rapport.domain.Address;
import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.PhoneNumbers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One profile out of two records of the same person: the kept record wins where both say
 * something; what only the other knows (a second phone, an email, a birthday, tags) is added.
 */
public final class ClientMerge {
    private ClientMerge() {
    }

    /** {@code region} reads numbers written nationally, so one number written two ways is kept once. */
    public static Client combine(Client kept, Client other, String region) {
        Address a = kept.address();
        Address b = other.address();
        Address address = a.isEmpty() ? b : a;
        Set<String> tags = new LinkedHashSet<>(kept.tags());
        tags.addAll(other.tags());
        Map<String, String> custom = new LinkedHashMap<>(other.customFields());
        custom.putAll(kept.customFields());
        return new Client(kept.id(), kept.kind(), either(kept.firstName(), other.firstName()), either(kept.lastName(), other.lastName()),
                kept.displayName(), either(kept.companyName(), other.companyName()), either(kept.addressAs(), other.addressAs()),
                union(kept.phones(), other.phones(), region, true), union(kept.emails(), other.emails(), region, false), address,
                kept.birthday() != null ? kept.birthday() : other.birthday(), either(kept.source(), other.source()),
                kept.preferredChannel() != null ? kept.preferredChannel() : other.preferredChannel(),
                List.copyOf(tags), custom, kept.createdAt(), kept.updatedAt(), kept.lastTouchpointAt());
    }

    private static String either(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    /** Contact points of both, each number or address once (compared as ContactKey compares them). */
    private static List<ContactPoint> union(List<ContactPoint> first, List<ContactPoint> second, String region, boolean phones) {
        List<ContactPoint> all = new ArrayList<>(first);
        Set<String> seen = new LinkedHashSet<>();
        first.forEach(point -> seen.add(key(point, region, phones)));
        for (ContactPoint point : second) {
            if (seen.add(key(point, region, phones))) {
                all.add(point);
            }
        }
        return all;
    }

    private static String key(ContactPoint point, String region, boolean phone) {
        if (phone) {
            String key = PhoneNumbers.matchKey(point.value(), region);
            return key == null ? point.value() : key;
        }
        return point.value().strip().toLowerCase(java.util.Locale.ROOT);
    }
}
