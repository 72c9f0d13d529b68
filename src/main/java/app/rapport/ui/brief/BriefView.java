package app.rapport.ui.brief;

import app.rapport.domain.Mood;
import app.rapport.domain.brief.Brief;
import app.rapport.domain.brief.BriefLine;
import app.rapport.domain.brief.ConversationType;
import app.rapport.domain.brief.MoodTrend;
import app.rapport.domain.brief.OfferPolicy;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The pre-call brief: who this is, what happened last time, and what conversation to have now.
 * Every suggestion shows the playbook rule behind it ("why").
 */
public final class BriefView extends StackPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final BriefViewModel model;
    private final Clock clock;
    private final Runnable logTouchpoint;
    private java.util.function.Consumer<String> followUp = nextStep -> { };
    private final VBox content = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label message = new Label();

    public BriefView(BriefViewModel model, Clock clock, Runnable logTouchpoint) {
        this.model = model;
        this.clock = clock;
        this.logTouchpoint = logTouchpoint;
        getStyleClass().add("brief-view");
        getStylesheets().add(Objects.requireNonNull(BriefView.class.getResource("/app/rapport/ui/brief.css")).toExternalForm());
        content.setPadding(new Insets(16, 20, 20, 20));
        scroll.setFitToWidth(true);
        message.getStyleClass().add("empty-hint");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.briefProperty().isNull());
        scroll.visibleProperty().bind(model.briefProperty().isNotNull());
        getChildren().addAll(scroll, message);
        model.briefProperty().addListener((observable, before, now) -> show(now));
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
        Label headline = new Label(brief.headline().text());
        headline.getStyleClass().add("title-4");
        headline.setWrapText(true);
        headline.setId("brief-headline");
        FlowPane chips = new FlowPane(6, 6, chip(brief.phase().code(), "phase", brief.phaseWhy().rule()),
                chip("trust " + brief.trust().code(), "trust", null));
        if (brief.mood() != null) {
            chips.getChildren().add(chip("mood " + brief.mood().label().toLowerCase(Locale.ROOT)
                    + (brief.moodTrend() == null || brief.moodTrend() == MoodTrend.UNKNOWN ? "" : " (" + brief.moodTrend().code() + ")"), moodStyle(brief.mood()), null));
        }
        if (brief.ghosted()) {
            chips.getChildren().add(chip("no contact since the purchase", "warning", null));
        }
        content.getChildren().addAll(headline, chips);

        content.getChildren().add(section("Last time"));
        content.getChildren().add(prior(brief.priorTouchpoint()));

        Brief.Conversation conversation = brief.conversation();
        content.getChildren().add(section("Suggested conversation"));
        Label type = new Label(typeLabel(conversation.type()));
        type.setId("brief-type");
        type.getStyleClass().addAll("title-3", "accent-text");
        content.getChildren().add(withWhy(type, conversation.typeRule()));
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
        content.getChildren().add(list("Talk about", conversation.talkingPoints()));
        content.getChildren().add(list("Avoid", conversation.avoid()));
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
        if (!brief.overrides().isEmpty()) {
            VBox overrides = new VBox(2);
            for (Brief.Override override : brief.overrides()) {
                Label line = new Label(override.field() + ": rule " + override.winningRule() + " outranked " + override.overriddenRule());
                line.getStyleClass().addAll("text-small", "text-muted");
                line.setWrapText(true);
                overrides.getChildren().add(line);
            }
            content.getChildren().addAll(section("Where rules disagreed"), overrides);
        }
        for (String warning : brief.warnings()) {
            Label line = new Label(warning, new FontIcon(Material2AL.ERROR_OUTLINE));
            line.getStyleClass().add("warning-text");
            line.setWrapText(true);
            content.getChildren().add(line);
        }
        Button log = new Button("Log this call (Ctrl+L)", new FontIcon(Material2AL.ADD_IC_CALL));
        log.getStyleClass().add("accent");
        log.setOnAction(event -> logTouchpoint.run());
        content.getChildren().add(log);
        scroll.setVvalue(0);
    }

    private Node prior(Brief.PriorTouchpoint prior) {
        if (prior == null) {
            Label none = new Label("No touchpoint yet: this is the first conversation.");
            none.setId("brief-prior-summary");
            none.getStyleClass().add("text-muted");
            return none;
        }
        String when = WHEN.format(prior.occurredAt().atZone(clock.getZone()));
        Label header = new Label(when + " \u00b7 " + prior.channel().label()
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
            Label promised = new Label("Promised to follow up on " + prior.followUpOn()
                    + (prior.followUpOverdue() ? " \u2014 overdue" : ""));
            promised.getStyleClass().add(prior.followUpOverdue() ? "danger-text" : "text-muted");
            box.getChildren().add(promised);
        }
        box.getStyleClass().add("brief-prior");
        return box;
    }

    private Node labelled(String caption, BriefLine line) {
        if (line == null) {
            return new VBox();
        }
        Label key = new Label(caption);
        key.getStyleClass().add("brief-caption");
        key.setMinWidth(80);
        Label text = new Label(line.text());
        text.setWrapText(true);
        HBox row = new HBox(8, key, withWhy(text, line.rule()));
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
        for (BriefLine line : lines) {
            Label text = new Label("\u2022 " + line.text());
            text.setWrapText(true);
            box.getChildren().add(withWhy(text, line.rule(), line.source()));
        }
        return box;
    }

    /** The line with its rule beside it, muted: the "why" a user can check in the playbook. */
    private static Node withWhy(Label text, String rule) {
        return withWhy(text, rule, null);
    }

    /** Like {@link #withWhy(Label, String)}; a line from a SWOT card names the card under it. */
    private static Node withWhy(Label text, String rule, String source) {
        HBox row = new HBox(8, text);
        if (source != null) {
            Label card = new Label("from " + source);
            card.getStyleClass().addAll("text-small", "text-muted", "brief-source");
            card.setWrapText(true);
            VBox withCard = new VBox(1, text, card);
            HBox.setHgrow(withCard, Priority.ALWAYS);
            row.getChildren().setAll(withCard);
        }
        row.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        if (rule != null) {
            Label why = new Label("why: " + rule);
            why.getStyleClass().addAll("text-small", "text-muted", "brief-why");
            why.setMinWidth(Label.USE_PREF_SIZE);
            why.setTooltip(new Tooltip("Suggested by the playbook rule \u201c" + rule + "\u201d"));
            row.getChildren().add(why);
        }
        return row;
    }

    private static Label chip(String text, String style, String rule) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("brief-chip", style);
        if (rule != null) {
            chip.setTooltip(new Tooltip("why: " + rule));
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
            case NO_OFFER -> "No offers until their problem is solved";
        };
    }
}
