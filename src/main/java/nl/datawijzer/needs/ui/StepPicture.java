package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import nl.datawijzer.needs.NeedStep;

/**
 * The eight steps of the process as a horizontal stepper: done, current, still to come. Readable without colour:
 * each step carries a mark (✓, its number, ✕) and a word for its state, and the current one {@code aria-current}.
 * A rejected need was stopped after Behoefte (the only step it can be rejected from), so the later steps show as
 * skipped; a closed need went through all eight; either final state is added as the last item.
 */
final class StepPicture extends OrderedList {

    StepPicture(NeedStep step, Locale locale, java.util.function.Function<String, String> text) {
        setId("need-steps");
        addClassName("dw-steps");
        getElement().setAttribute("aria-label", text.apply("needpage.steps.label"));
        for (NeedStep process : NeedStep.PROCESS) {
            State state = stateOf(process, step);
            add(item(state, state == State.DONE ? "✓" : state == State.SKIPPED ? "–" : String.valueOf(process.number()),
                    process.label(locale), text.apply("needpage.steps." + state.key), process.code()));
        }
        if (step.isFinal()) {
            boolean rejected = step == NeedStep.AFGEWEZEN;
            ListItem end = item(rejected ? State.REJECTED : State.CLOSED, rejected ? "✕" : "■", step.label(locale),
                    text.apply("needpage.steps.final"), step.code());
            add(end);
        }
        if (step == NeedStep.CONCEPT) {
            getElement().setAttribute("data-draft", "true");
        }
    }

    enum State {
        DONE("done"), CURRENT("current"), TODO("todo"), SKIPPED("skipped"), REJECTED("current"), CLOSED("current");

        final String key;

        State(String key) {
            this.key = key;
        }
    }

    static State stateOf(NeedStep process, NeedStep step) {
        return switch (step) {
            case CONCEPT -> State.TODO;
            case GESLOTEN -> State.DONE;
            case AFGEWEZEN -> process == NeedStep.BEHOEFTE ? State.DONE : State.SKIPPED;
            default -> process.number() < step.number() ? State.DONE
                    : process == step ? State.CURRENT : State.TODO;
        };
    }

    private static ListItem item(State state, String mark, String label, String stateWord, String code) {
        Span markSpan = new Span(mark);
        markSpan.addClassName("dw-step-mark");
        markSpan.getElement().setAttribute("aria-hidden", "true");
        Span labelSpan = new Span(label);
        labelSpan.addClassName("dw-step-label");
        Span stateSpan = new Span(stateWord);
        stateSpan.addClassName("dw-step-state");
        ListItem li = new ListItem(markSpan, labelSpan, stateSpan);
        li.addClassNames("dw-step", "dw-step-" + state.name().toLowerCase(Locale.ROOT));
        li.getElement().setAttribute("data-step", code);
        li.getElement().setAttribute("data-state", state.name().toLowerCase(Locale.ROOT));
        if (state == State.CURRENT || state == State.REJECTED || state == State.CLOSED) {
            li.getElement().setAttribute("aria-current", "step");
        }
        return li;
    }
}
