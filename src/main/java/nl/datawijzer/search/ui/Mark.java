package nl.datawijzer.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Tag;

/** A {@code <mark>} around the words of a snippet that matched; its text is set as text, so it is escaped. */
@Tag("mark")
final class Mark extends Component implements HasText {

    Mark(String text) {
        setText(text);
    }
}
