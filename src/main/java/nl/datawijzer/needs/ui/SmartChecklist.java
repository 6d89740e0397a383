package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.datawijzer.needs.SmartResult;
import nl.datawijzer.needs.SmartRule;

/**
 * The live SMART check beside the form: one item per {@link SmartRule}, each with an icon and a word for passed or not
 * (so colour is never the only sign), the rule's name and, while it fails, the guidance the rule gives.
 */
final class SmartChecklist extends Div {

    private final Paragraph summary = new Paragraph();
    private final Map<SmartRule, Item> items = new EnumMap<>(SmartRule.class);
    private int passed;

    SmartChecklist() {
        setId("need-smart");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)");
        summary.setId("need-smart-summary");
        summary.getStyle().set("font-weight", "600");
        UnorderedList list = new UnorderedList();
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0");
        for (SmartRule rule : SmartRule.values()) {
            Item item = new Item(rule);
            items.put(rule, item);
            list.add(item.element);
        }
        add(new H2(getTranslation("needs.form.smart.heading")), summary, list);
    }

    /** The element id of a rule's item: {@code smart-} and the rule's name, lower case, {@code _} as {@code -}. */
    static String itemId(SmartRule rule) {
        return "smart-" + rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    void show(List<SmartResult> results, Locale locale) {
        passed = 0;
        for (SmartResult result : results) {
            items.get(result.rule()).show(result, locale);
            if (result.passed()) {
                passed++;
            }
        }
        summary.setText(getTranslation("needs.form.smart.summary", passed, SmartRule.values().length));
    }

    boolean allPassed() {
        return passed == SmartRule.values().length;
    }

    private final class Item {
        private final ListItem element = new ListItem();
        private final Span icon = new Span();
        private final Span status = new Span();
        private final Span title = new Span();
        private final Paragraph guidance = new Paragraph();

        Item(SmartRule rule) {
            element.setId(itemId(rule));
            element.addClassName("smart-item");
            element.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            status.addClassName("smart-status");
            status.getStyle().set("font-weight", "600").set("margin", "0 var(--lumo-space-xs)");
            title.addClassName("smart-title");
            guidance.addClassName("smart-guidance");
            guidance.getStyle().set("margin", "var(--lumo-space-xs) 0 0 1.8em").set("font-size", "var(--lumo-font-size-s)");
            element.add(icon, status, title, guidance);
        }

        void show(SmartResult result, Locale locale) {
            element.getElement().setAttribute("data-passed", String.valueOf(result.passed()));
            Icon symbol = (result.passed() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.EXCLAMATION_CIRCLE).create();
            symbol.setSize("1.1em");
            symbol.setColor(result.passed() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            symbol.getElement().setAttribute("aria-hidden", "true");
            icon.removeAll();
            icon.add(symbol);
            status.setText(getTranslation(result.passed() ? "needs.form.smart.passed" : "needs.form.smart.failed") + ":");
            title.setText(result.rule().title(locale));
            guidance.setText(result.guidance());
            guidance.setVisible(!result.passed());
        }
    }
}
