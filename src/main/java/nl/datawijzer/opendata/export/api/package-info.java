/**
 * The DCAT-AP-NL exports over HTTP for everyone (harvesters such as data.overheid.nl): the whole catalog, a page of
 * it, or one dataset, in Turtle, JSON-LD and RDF/XML, under {@link nl.datawijzer.opendata.OpenDataUrls#DCAT}.
 */
@NullMarked
package nl.datawijzer.opendata.export.api;

import org.jspecify.annotations.NullMarked;
