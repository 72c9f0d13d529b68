package app.rapport.ui.brief;

import app.rapport.domain.Mood;
import app.rapport.domain.brief.Brief;
import app.rapport.domain.brief.BriefLine;
import app.rapport.domain.ConversationType;
import app.rapport.domain.brief.MoodTrend;
import app.rapport.domain.brief.OfferPolicy;
import app.rapport.ui.control.Formatting;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The pre-call brief: who this is, what to remember, what happened last time, why this call, and
 * what conversation to have now; lines say in plain words why they are there, and "Show the
 * playbook rules" adds the rule behind each and what the coherence policy left out.
 */
public final class BriefView extends StackPane {

    private final BriefViewModel model;
    private final Clock clock;
    private final Runnable logTouchpoint;
    private java.util.function.Consumer<String> followUp = nextStep -> { };
    private final VBox content = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label message = new Label();
    /** Whether each line shows the playbook rule behind it (for the playbook's author). */
    private boolean details;
    /** The call's own reason, not repeated under every line it made. */
    private String callReason;

    /** {@code logTouchpoint}: what "Log this call" does; null for a brief that is only looked at (no button). */
    public BriefView(BriefViewModel model, Clock clock, Runnable logTouchpoint) {
        this.model = model;
        this.clock = clock;
        this.logTouchpoint = logTouchpoint;
        getStyleClass().add("brief-view");
        getStylesheets().add(Objects.requireNonNull(BriefView.class.getResource("/app/rapport/ui/brief.css")).toExternalForm());
        content.setPadding(new Insets(16, 20, 20, 20));
        scroll.setFitToWidth(true);
        message.getStyleClass().add("empty-hint");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.briefProperty().isNull());
        scroll.visibleProperty().bind(model.briefProperty().isNotNull());
        getChildren().addAll(scroll, message);
        model.briefProperty().addListener((observable, before, now) -> show(now));
    }

    /** Shows (or hides) the playbook rule behind each line and what the coherence policy left out. */
    public void showRules(boolean on) {
        details = on;
        show(model.briefProperty().get());
    }

    /** What "Follow up on this" does with the suggested next step's text. */
    public void setOnFollowUp(java.util.function.Consumer<String> action) {
        followUp = java.util.Objects.requireNonNull(action);
    }

    public BriefViewModel model() {
        return model;
    }

    private void show(Brief brief) {
        content.getChildren().clear();
        if (brief == null) {
            return;
        }
        callReason = brief.conversation().owner().because();
        Label headline = new Label(brief.headline().text());
        headline.getStyleClass().add("title-4");
        headline.setWrapText(true);
        headline.setId("brief-headline");
        FlowPane chips = new FlowPane(6, 6, chip(brief.phase().label().toLowerCase(Locale.ROOT),
                brief.phase() == app.rapport.domain.brief.Phase.HONEYMOON_AT_RISK ? "warning" : "phase", brief.phaseWhy().text()),
                chip("trust " + brief.trust().code(), "trust", null));
        if (brief.mood() != null) {
            chips.getChildren().add(chip("mood " + brief.mood().label().toLowerCase(Locale.ROOT)
                    + (brief.moodTrend() == null || brief.moodTrend() == MoodTrend.UNKNOWN ? "" : " (" + brief.moodTrend().code() + ")"), moodStyle(brief.mood()), null));
        }
        if (brief.silenceWeighs()) {
            chips.getChildren().add(chip("no contact since the purchase", "warning", null));
        }
        CheckBox showRules = new CheckBox("Show rules");
        showRules.setId("brief-details");
        showRules.setSelected(details);
        showRules.setTooltip(new Tooltip("Show the playbook rule behind each line, and what was left out to keep the call whole"));
        showRules.setMinWidth(Region.USE_PREF_SIZE);
        showRules.selectedProperty().addListener((observable, was, on) -> {
            details = on;
            show(model.briefProperty().get());
        });
        HBox top = new HBox(12, headline, showRules);
        HBox.setHgrow(headline, Priority.ALWAYS);
        headline.setMaxWidth(Double.MAX_VALUE);
        top.setAlignment(Pos.TOP_LEFT);
        content.getChildren().addAll(top, chips);
        if (!brief.remember().isEmpty() || !brief.shownFields().isEmpty()) {
            content.getChildren().add(remember(brief));
        }

        content.getChildren().add(section("Last time"));
        content.getChildren().add(prior(brief.priorTouchpoint()));

        Brief.Conversation conversation = brief.conversation();
        content.getChildren().add(section("Suggested conversation"));
        Label owner = new Label("Why this call: " + conversation.owner().text());
        owner.setId("brief-why-this-call");
        owner.setWrapText(true);
        owner.getStyleClass().add(conversation.bySituation() ? "brief-situation" : "text-muted");
        content.getChildren().add(withWhy(owner, conversation.owner().rule()));
        Label type = new Label(typeLabel(conversation.type()));
        type.setId("brief-type");
        type.setWrapText(true);
        type.getStyleClass().addAll("title-3", "accent-text");
        content.getChildren().add(withWhy(type, conversation.typeRule()));
        if (conversation.channelWhy() != null) {
            Label channel = new Label(conversation.channelWhy().text(), new FontIcon(channelIcon(conversation.channel())));
            channel.setId("brief-channel");
            channel.setWrapText(true);
            content.getChildren().add(withWhy(channel, conversation.channelWhy().rule()));
        }
        content.getChildren().add(labelled("Tone", conversation.tone()));
        content.getChildren().add(labelled("Goal", conversation.goal()));
        if (conversation.opener() != null) {
            Label opener = new Label("\u201c" + conversation.opener().text() + "\u201d");
            opener.setId("brief-opener");
            opener.setWrapText(true);
            opener.getStyleClass().add("brief-opener");
            content.getChildren().add(withWhy(opener, conversation.opener().rule()));
        }
        Label offer = new Label(offerLabel(conversation.offerPolicy()));
        offer.setId("brief-offer");
        offer.getStyleClass().add(conversation.offerPolicy() == OfferPolicy.NO_OFFER ? "danger-text" : "success-text");
        content.getChildren().add(withWhy(offer, conversation.offerPolicyRule()));
        // A call whose opener says all there is has nothing more to talk about: the heading goes too, rather than "Nothing here."
        if (!conversation.talkingPoints().isEmpty()) {
            Node talkAbout = list("Talk about", conversation.talkingPoints());
            talkAbout.setId("brief-talk-about");
            content.getChildren().add(talkAbout);
        }
        if (!conversation.avoid().isEmpty()) {
            Node avoid = list("Avoid", conversation.avoid());
            avoid.setId("brief-avoid");
            content.getChildren().add(avoid);
        }
        content.getChildren().add(labelled("Next step", conversation.nextStep()));
        Button followUpButton = new Button("Follow up on this\u2026", new FontIcon(Material2AL.EVENT));
        followUpButton.setId("brief-follow-up");
        followUpButton.getStyleClass().add("small");
        String nextStep = conversation.nextStep() == null ? "" : conversation.nextStep().text();
        followUpButton.setOnAction(event -> followUp.accept(nextStep));
        content.getChildren().add(followUpButton);

        if (!brief.openItems().isEmpty()) {
            content.getChildren().add(section("Open items"));
            content.getChildren().add(lines(brief.openItems()));
        }
        for (Brief.CompetitorContext competitor : brief.competitors()) {
            content.getChildren().add(section("Competitor: " + competitor.name() + " (" + competitor.relation() + ")"));
            if (competitor.note() != null && !competitor.note().isBlank()) {
                Label note = new Label(competitor.note());
                note.setWrapText(true);
                note.getStyleClass().add("text-muted");
                content.getChildren().add(note);
            }
            content.getChildren().add(lines(competitor.points()));
            if (!competitor.avoid().isEmpty()) {
                content.getChildren().add(list("Stay away from", competitor.avoid()));
            }
        }
        if (!brief.lately().isEmpty()) {
            content.getChildren().add(section("Lately, in their words and ours"));
            content.getChildren().add(lately(brief.lately()));
        }
        if (details && !brief.dropped().isEmpty()) {
            VBox dropped = new VBox(2);
            for (Brief.Dropped line : brief.dropped()) {
                Label text = new Label(line.text() + " — " + line.reason() + " [" + line.rule() + "]");
                text.getStyleClass().addAll("text-small", "text-muted");
                text.setWrapText(true);
                dropped.getChildren().add(text);
            }
            content.getChildren().addAll(section("Left out to keep the conversation whole"), dropped);
        }
        for (String warning : brief.warnings()) {
            Label line = new Label(warning, new FontIcon(Material2AL.ERROR_OUTLINE));
            line.getStyleClass().add("warning-text");
            line.setWrapText(true);
            content.getChildren().add(line);
        }
        if (logTouchpoint != null) {
            Button log = new Button("Log this call (Ctrl+L)", new FontIcon(Material2AL.ADD_IC_CALL));
            log.getStyleClass().add("accent");
            log.setOnAction(event -> logTouchpoint.run());
            content.getChildren().add(log);
        }
        scroll.setVvalue(0);
    }

    private Node prior(Brief.PriorTouchpoint prior) {
        if (prior == null) {
            Label none = new Label("No touchpoint yet: this is the first conversation.");
            none.setId("brief-prior-summary");
            none.getStyleClass().add("text-muted");
            return none;
        }
        String when = Formatting.current().dateTime(prior.occurredAt(), clock.getZone());
        Label header = new Label(when + " \u00b7 " + prior.channel().label()
                + (prior.direction() == app.rapport.domain.Direction.INBOUND ? " from them" : " from us")
                + (prior.answered() ? "" : " \u00b7 no reply")
                + (prior.mood() == null ? "" : " \u00b7 " + prior.mood().label().toLowerCase(Locale.ROOT)));
        header.getStyleClass().add("text-muted");
        Label summary = new Label(prior.summary());
        summary.setId("brief-prior-summary");
        summary.setWrapText(true);
        VBox box = new VBox(3, header, summary);
        if (prior.outcome() != null && !prior.outcome().isBlank()) {
            Label outcome = new Label("Outcome: " + prior.outcome());
            outcome.setWrapText(true);
            box.getChildren().add(outcome);
        }
        if (prior.followUpOn() != null) {
            Label promised = new Label("Promised to follow up on " + Formatting.current().date(prior.followUpOn())
                    + (prior.followUpOverdue() ? " \u2014 overdue" : ""));
            promised.getStyleClass().add(prior.followUpOverdue() ? "danger-text" : "text-muted");
            box.getChildren().add(promised);
        }
        box.getStyleClass().add("brief-prior");
        return box;
    }

    private Node labelled(String caption, BriefLine line) {
        return labelled(caption, line, false);
    }

    private Node labelled(String caption, BriefLine line, boolean withReason) {
        if (line == null) {
            return new VBox();
        }
        Label key = new Label(caption);
        key.getStyleClass().add("brief-caption");
        key.setMinWidth(80);
        Label text = new Label(line.text());
        text.setWrapText(true);
        HBox row = new HBox(8, key, withWhy(text, line.rule(), null, withReason ? line.because() : null));
        HBox.setHgrow(row.getChildren().get(1), Priority.ALWAYS);
        return row;
    }

    private Node list(String caption, List<BriefLine> lines) {
        Label key = new Label(caption);
        key.getStyleClass().add("brief-caption");
        return new VBox(4, key, lines(lines));
    }

    private Node lines(List<BriefLine> lines) {
        VBox box = new VBox(4);
        if (lines.isEmpty()) {
            Label none = new Label("Nothing here.");
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
        }
        java.util.Set<String> reasonsGiven = new java.util.HashSet<>();
        for (BriefLine line : lines) {
            Label text = new Label("\u2022 " + line.text());
            text.setWrapText(true);
            // A reason is said once, under the first line it explains.
            String because = line.because() != null && reasonsGiven.add(line.because()) ? line.because() : null;
            box.getChildren().add(withWhy(text, line.rule(), line.source(), because));
        }
        return box;
    }

    /** The line with, in details mode, the playbook rule behind it: what the playbook's author checks. */
    private Node withWhy(Label text, String rule) {
        return withWhy(text, rule, null, null);
    }

    /**
     * The line, with its reason in plain words under it when it is not the call's own reason
     * ({@code because}), the SWOT card or note it comes from ({@code source}), and, in details
     * mode, the rule code.
     */
    private Node withWhy(Label text, String rule, String source, String because) {
        VBox column = new VBox(1, text);
        if (because != null && !because.equals(callReason)) {
            Label reason = new Label("because " + because);
            reason.getStyleClass().addAll("text-small", "text-muted", "brief-because");
            reason.setWrapText(true);
            column.getChildren().add(reason);
        }
        if (source != null) {
            Label card = new Label("from " + source);
            card.getStyleClass().addAll("text-small", "text-muted", "brief-source");
            card.setWrapText(true);
            column.getChildren().add(card);
        }
        HBox row = new HBox(8, column);
        HBox.setHgrow(column, Priority.ALWAYS);
        row.setAlignment(Pos.TOP_LEFT);
        text.setMaxWidth(Double.MAX_VALUE);
        if (rule != null && details) {
            Label why = new Label("rule: " + rule);
            why.getStyleClass().addAll("text-small", "text-muted", "brief-why");
            why.setMinWidth(Label.USE_PREF_SIZE);
            why.setTooltip(new Tooltip("Suggested by the playbook rule \u201c" + rule + "\u201d"));
            row.getChildren().add(why);
        }
        return row;
    }

    /** Pinned notes and cautions, and the custom fields the owner shows in every brief: read before anything else. */
    private Node remember(Brief brief) {
        VBox box = new VBox(4);
        box.setId("brief-remember");
        box.getStyleClass().add("brief-remember");
        Label title = new Label("Remember", new FontIcon(Material2AL.ERROR_OUTLINE));
        title.getStyleClass().add("title-4");
        box.getChildren().add(title);
        for (BriefLine line : brief.remember()) {
            Label text = new Label(line.text());
            text.setWrapText(true);
            text.getStyleClass().add("brief-remember-line");
            box.getChildren().add(withWhy(text, line.rule(), line.source(), null));
        }
        brief.shownFields().forEach((name, value) -> {
            Label field = new Label(name + ": " + value);
            field.setWrapText(true);
            box.getChildren().add(field);
        });
        return box;
    }

    private Node lately(List<Brief.Recent> recent) {
        VBox box = new VBox(6);
        box.setId("brief-lately");
        for (Brief.Recent entry : recent) {
            Label header = new Label(Formatting.current().date(entry.on()) + " \u00b7 " + entry.what()
                    + (entry.mood() == null ? "" : " \u00b7 " + entry.mood().label().toLowerCase(Locale.ROOT)));
            header.getStyleClass().addAll("text-small", "text-muted");
            Label text = new Label(entry.text() + (entry.outcome() == null || entry.outcome().isBlank() ? "" : " \u2014 " + entry.outcome()));
            text.setWrapText(true);
            box.getChildren().add(new VBox(1, header, text));
        }
        return box;
    }

    private static org.kordamp.ikonli.Ikon channelIcon(app.rapport.domain.Channel channel) {
        return switch (channel) {
            case CALL -> Material2AL.CALL;
            case EMAIL -> Material2AL.EMAIL;
            case MESSAGE -> Material2AL.CHAT;
            case VISIT, MEETING -> Material2AL.GROUPS;
        };
    }

    private static Label chip(String text, String style, String why) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("brief-chip", style);
        if (why != null) {
            chip.setTooltip(new Tooltip(why));
        }
        return chip;
    }

    private static Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static String moodStyle(Mood mood) {
        return mood.tone() > 0 ? "success" : mood.tone() < 0 ? "danger" : "neutral";
    }

    public static String typeLabel(ConversationType type) {
        String code = type.code().replace('-', ' ');
        return Character.toUpperCase(code.charAt(0)) + code.substring(1) + " conversation";
    }

    private static String offerLabel(OfferPolicy policy) {
        return switch (policy) {
            case OFFER_NEW -> "Offers welcome: a good moment to suggest something new";
            case ONLY_WHAT_NEEDED -> "Offer only what they need";
            case NO_OFFER -> "No offers on this call";
        };
    }
}
