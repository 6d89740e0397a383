/**
 * The public open-data portal: what a visitor sees of a published dataset ({@link nl.datawijzer.opendata.portal.OpenDataPortal},
 * {@link nl.datawijzer.opendata.portal.PublishedDataset}) and the labels of the value lists it shows
 * ({@link nl.datawijzer.opendata.portal.ValueLabels}). Everything is read from the public store's open-data view and
 * from the value lists that ship with the code; nothing here can reach the internal catalog. {@code ui/} holds the
 * anonymous pages ({@code open-data}, {@code open-data/:slug}); {@code internal/} the only Jena code.
 *
 * <p>Not here yet: the reliability score of a dataset (a later issue); the dataset page leaves no place for it until
 * that score exists.
 */
@NullMarked
package nl.datawijzer.opendata.portal;

import org.jspecify.annotations.NullMarked;
