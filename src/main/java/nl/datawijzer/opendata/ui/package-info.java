/**
 * Views of the publication workflow: the section on the dataset page ({@link nl.datawijzer.opendata.ui.PublicationPanel}),
 * the FG's queue of proposals and the notices to dataset owners. They call the opendata services only.
 */
@NullMarked
package nl.datawijzer.opendata.ui;

import org.jspecify.annotations.NullMarked;
