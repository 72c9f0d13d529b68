package app.rapport.domain.brief;

import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "A session" is said with what it is for when the record says it: "they asked for another session"
 * after "Checked that all GPS trackers report in; two units needed a restart — Needs another session"
 * is another session on the GPS trackers. Read last, over the words every ask line is made of
 * ({@code askWhat}, {@code askWhatYou}, {@code requestWhat}, {@code liveThing}).
 */
final class WhatFor {
    private WhatFor() {
    }

    private static final Pattern BARE_SESSION = Pattern.compile(
            "\\b((?:a|another|one more|a further|a follow-up|a second) (?:session|workshop|training session|call|meeting))\\b(?!\\s+(?:on|about|for|with|to|at)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_IN_WORDS = Pattern.compile(
            "\\bthe (\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+)? (?:plan|package|licence|license|contract|module|add-on|service|treatment|kit|bundle|subscription|programme|program))\\b");
    private static final String NOT_A_NAME = "(?:the|a|an|and|or|to|for|in|on|at|by|with|from|is|was|are|were|easy|still|before|after|if|so|but|as|that|which)";
    private static final List<String> FIELDS = List.of("askWhat", "askWhatYou", "requestWhat", "liveThing");
    /** How far back the words that asked for it are looked for. */
    private static final int WORDS_READ = 40;

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        wholeNames(f, in, past);
        String bare = null;
        for (String field : FIELDS) {
            String value = f.values.get(field);
            Matcher m = value == null ? null : BARE_SESSION.matcher(value);
            if (m != null && m.find()) {
                bare = m.group(1).toLowerCase(Locale.ROOT);
                break;
            }
        }
        if (bare == null) {
            return;
        }
        String thing = null;
        for (int i = 0; i < Math.min(past.size(), WORDS_READ) && thing == null; i++) {
            Touchpoint t = past.get(i);
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            if (words.toLowerCase(Locale.ROOT).contains(bare.replaceFirst("^(a|another|one more|a further|a follow-up|a second) ", ""))) {
                thing = thingNamed(t.summary(), f, in);
            }
        }
        if (thing == null) {
            return;
        }
        for (String field : FIELDS) {
            String value = f.values.get(field);
            if (value != null) {
                Matcher m = BARE_SESSION.matcher(value);
                if (m.find()) {
                    f.values.put(field, value.substring(0, m.end()) + " on " + thing + value.substring(m.end()));
                }
            }
        }
    }

    /**
     * A name cut short is said whole: "the Premium" of "Demoed the Premium support plan" is the Premium support plan, the
     * name the record's own words say.
     */
    private static void wholeNames(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        List<String> spokenNames = new ArrayList<>();
        // as the record's own words say them: "Demoed the Premium support plan to Christian"
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Matcher named = NAMED_IN_WORDS.matcher(past.get(i).summary() == null ? "" : past.get(i).summary());
            while (named.find()) {
                spokenNames.add("the " + named.group(1));
            }
        }
        List<String[]> cutShort = new ArrayList<>();
        for (String spoken : spokenNames) {
            String[] words = spoken.split(" ");
            if (words.length >= 3 && words[0].equalsIgnoreCase("the") && Character.isUpperCase(words[1].charAt(0))) {
                cutShort.add(new String[] {"the " + words[1], spoken});
            }
        }
        if (cutShort.isEmpty()) {
            return;
        }
        for (java.util.Map.Entry<String, String> e : new ArrayList<>(f.values.entrySet())) {
            String value = e.getValue();
            if (value == null) {
                continue;
            }
            for (String[] name : cutShort) {
                if (!value.contains(name[0])) {
                    continue;
                }
                // cut short where the name ends the phrase: before punctuation, or a word that is no part of a name
                Matcher cut = Pattern.compile("\\b" + Pattern.quote(name[0]) + "(?=$|[^\\p{L}\\s-]|\\s+" + NOT_A_NAME + "\\b)").matcher(value);
                if (cut.find()) {
                    value = value.substring(0, cut.start()) + name[1] + value.substring(cut.end());
                }
            }
            if (!value.equals(e.getValue())) {
                f.values.put(e.getKey(), value);
            }
        }
    }

    /** The thing of theirs or ours the words name: a purchase of theirs first, then anything we sell, the longest name winning. */
    static String thingNamed(String summary, BriefFacts f, BriefInput in) {
        if (summary == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (Purchase p : in.purchases()) {
            names.add(BriefFacts.itemName(p, in));
        }
        for (Product p : in.products().values()) {
            names.add(p.name());
        }
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        boolean bestWhole = false;
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String spoken = f.spoken(name);
            String last = spoken.replaceAll("\\(.*?\\)", "").strip().replaceAll("^.*\\s", "").toLowerCase(Locale.ROOT).replaceAll("s$", "");
            if (last.length() < 4) {
                continue;
            }
            Matcher m = Pattern.compile("\\b" + Pattern.quote(last) + "s?\\b", Pattern.CASE_INSENSITIVE).matcher(summary);
            String bare = spoken.replaceAll("\\(.*?\\)", "").strip().replaceFirst("^(?i)(the|a|an) ", "");
            // a name said whole ("the Dispatch licence") is the thing over one that only shares its last word ("fleet tracking licence")
            boolean whole = bare.contains(" ") && summary.toLowerCase(Locale.ROOT).contains(bare.toLowerCase(Locale.ROOT));
            // the thing named first in the words is what they were about
            if (m.find() && (whole && !bestWhole || whole == bestWhole && (m.start() < bestAt || m.start() == bestAt && spoken.length() > best.length()))) {
                bestWhole = whole;
                // said as the words say it: "the rugged tablets" of "tips for fitting the rugged tablets"
                String base = spoken.replaceAll("\\(.*?\\)", "").strip();
                best = base.substring(0, base.lastIndexOf(' ') + 1) + m.group().toLowerCase(Locale.ROOT);
                bestAt = m.start();
            }
        }
        return best;
    }
}
