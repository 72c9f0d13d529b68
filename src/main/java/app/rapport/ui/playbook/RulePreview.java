package app.rapport.ui.playbook;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.brief.Brief;
import app.rapport.domain.brief.BriefLine;
import app.rapport.domain.brief.PlaybookEntry;
import app.rapport.service.BriefService;
import app.rapport.service.PlaybookService;
import app.rapport.ui.brief.BriefViewModel;
import app.rapport.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The live preview of the rule being edited: a chosen client's brief as it would be with the rule
 * as the form has it now (saved or not), and a line saying what the rule did to it. It is built
 * again, in the background, whenever the form changes.
 */
public final class RulePreview {
    private final BriefService briefs;
    private final PlaybookViewModel rules;
    private final BriefViewModel brief;
    private final ReadOnlyObjectWrapper<ClientSummary> client = new ReadOnlyObjectWrapper<>(this, "client");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    /** The rule as the form had it when the preview was last asked for, read on the JavaFX thread. */
    private volatile Draft draft;
    /** The edited rule's conditions that did not hold for the client, from the last preview built. */
    private volatile List<String> unmet = List.of();

    private record Draft(String replacing, PlaybookEntry rule, String problem) {
    }

    public RulePreview(BriefService briefs, TaskExecutor background, PlaybookViewModel rules) {
        this.briefs = Objects.requireNonNull(briefs);
        this.rules = Objects.requireNonNull(rules);
        this.brief = new BriefViewModel(this::build, background);
        brief.setNothingChosenMessage("Type a client's name above to try the rule on them.");
        brief.briefProperty().addListener((observable, before, now) -> verdict.set(now == null ? "" : verdictOn(now)));
    }

    /** The brief shown, for a {@code BriefView}. */
    public BriefViewModel brief() {
        return brief;
    }

    public ReadOnlyObjectProperty<ClientSummary> clientProperty() {
        return client.getReadOnlyProperty();
    }

    /** What the edited rule does to the chosen client's brief, in words. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Previews the rule on this client (null: none). */
    public void setClient(ClientSummary chosen) {
        client.set(chosen);
        refresh();
    }

    /** Builds the preview again from the form as it is now. */
    public void refresh() {
        if (client.get() == null) {
            verdict.set("");
            brief.setClient(null);
            return;
        }
        Optional<PlaybookEntry> rule = rules.draft();
        String problem = rule.isEmpty() ? "the priority is not a number"
                : PlaybookService.check(rule.get()).stream().map(FieldProblem::message).findFirst().orElse(null);
        draft = new Draft(rules.editingCode(), rule.orElse(null), problem);
        brief.setClient(client.get().id());
    }

    private Optional<Brief> build(UUID clientId) {
        Draft asked = draft;
        if (asked == null || asked.problem() != null) {
            throw new IllegalArgumentException("fix the rule first (" + (asked == null ? "nothing to preview" : asked.problem()) + ")");
        }
        Optional<BriefService.Preview> built = briefs.preview(clientId, asked.replacing(), asked.rule());
        unmet = built.map(BriefService.Preview::unmetConditions).orElse(List.of());
        return built.map(BriefService.Preview::brief);
    }

    private String verdictOn(Brief built) {
        Draft shown = draft;
        if (shown == null || shown.rule() == null) {
            return "";
        }
        String code = shown.rule().code();
        String name = built.clientName();
        Brief.Conversation conversation = built.conversation();
        if (code.equals(conversation.owner().rule())) {
            return "This rule owns the call for " + name + ".";
        }
        boolean situation = shown.rule().role() == app.rapport.domain.brief.RuleRole.SITUATION;
        if (situation && unmet.isEmpty() && !PlaybookService.readRulePart(shown.rule().suggestion()).containsKey("goal")) {
            return "This situation applies to " + name + ", but only a situation with a goal can own the call: give it a goal under Then.";
        }
        if (built.outranked().contains(code)) {
            return "This rule applies to " + name + ", but a more urgent situation owns the call.";
        }
        List<BriefLine> lines = new ArrayList<>();
        Stream.of(conversation.tone(), conversation.goal(), conversation.opener(), conversation.nextStep())
                .filter(Objects::nonNull).forEach(lines::add);
        lines.addAll(conversation.talkingPoints());
        lines.addAll(conversation.avoid());
        long made = lines.stream().filter(line -> code.equals(line.rule())).count()
                + (code.equals(conversation.typeRule()) ? 1 : 0) + (code.equals(conversation.offerPolicyRule()) ? 1 : 0);
        long dropped = built.dropped().stream().filter(line -> code.equals(line.rule())).count();
        List<String> notHolding = unmet;
        if (!notHolding.isEmpty()) {
            return "This rule does not apply to " + name + ": " + String.join(", ", notHolding.stream().map(condition -> "\u201c" + RuleForm.label(condition) + "\u201d").toList())
                    + (notHolding.size() == 1 ? " does not hold." : " do not hold.");
        }
        if (made == 0 && dropped == 0) {
            return "This rule applies to " + name + " but adds nothing: other rules already say what it says, or its texts need a fact this client lacks.";
        }
        return "This rule adds " + made + (made == 1 ? " line" : " lines") + " to " + name + "'s brief"
                + (dropped == 0 ? "." : "; " + dropped + " more " + (dropped == 1 ? "was" : "were")
                + " left out to keep the call whole (see the end of the brief).");
    }
}
