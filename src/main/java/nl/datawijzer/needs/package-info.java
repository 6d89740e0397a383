/**
 * Information needs (issue 6): a question of staff, formulated SMART, carried through the eight steps of the roadmap
 * (Behoefte .. Terugkoppeling) to an answer.
 *
 * <p>{@link nl.datawijzer.needs.SmartRule} holds the SMART checks (pure, usable while typing),
 * {@link nl.datawijzer.needs.NeedInput} the limits that refuse even a draft, {@link nl.datawijzer.needs.NeedStep} the
 * steps and the transition table. {@link nl.datawijzer.needs.NeedService} is the only way in: it checks who may do
 * what, writes each change with its history entry in one validated transaction ({@code internal/NeedRepository}) and
 * then publishes a {@link nl.datawijzer.needs.NeedChangedEvent}. {@code api/} offers them read-only over REST and CSV.
 * {@link nl.datawijzer.needs.NeedStatistics} gives the overview's figures, computed by the pure
 * {@link nl.datawijzer.needs.NeedStatisticsReport} from all needs and their histories.
 */
@NullMarked
package nl.datawijzer.needs;

import org.jspecify.annotations.NullMarked;
