package nl.datawijzer.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

/** The one rule for required text inputs in the forms: not blank, at most a number of characters. */
final class TextRules {

    private TextRules() {
    }

    /**
     * @param requiredKey translation key of the "fill this in" message
     * @param owner       the view or dialog, for translations in the user's language
     */
    static <B, F extends Component & HasValue<?, String>> Binder.BindingBuilder<B, String> requiredText(
            Binder<B> binder, F field, String requiredKey, int maxLength, Component owner) {
        String required = owner.getTranslation(requiredKey);
        return binder.forField(field)
                .asRequired(required)
                .withValidator(v -> !v.isBlank(), required)
                .withValidator(new StringLengthValidator(owner.getTranslation("catalog.error.tooLong", maxLength), 0, maxLength));
    }
}
