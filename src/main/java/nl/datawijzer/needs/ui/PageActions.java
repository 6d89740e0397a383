package nl.datawijzer.needs.ui;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a panel of the need page asks of the page: run one service call, then show the need afresh with a short
 * confirmation, or, when the service refuses, its Dutch message (and leave what the user typed in place).
 */
interface PageActions {

    /** Runs {@code action}; on success reloads the page and confirms with the text of {@code doneKey}. */
    void perform(Runnable action, String doneKey);

    /** Runs {@code action}; returns its result, or null after showing the refusal. */
    <T> @Nullable T attempt(Supplier<T> action);

    /** Shows a message about the user's own input (nothing was sent). */
    void refuse(String message);
}
