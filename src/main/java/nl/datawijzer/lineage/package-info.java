/**
 * Lineage: where data comes from and what depends on it. Datasets and fields derived from others (PROV-O
 * {@code prov:wasDerivedFrom}), ETL jobs that use and generate datasets, KPIs built on fields and shown in dashboards, and
 * the information needs that rely on them, read as one graph ({@link LineageView}) for impact analysis and the picture.
 *
 * <p>{@link LineageService} answers from an immutable in-memory snapshot of the whole graph, rebuilt on first use after
 * a committed change (catalog, need and seed events, and the store's revision): the neighbourhood of a node for the
 * picture ({@code around}) and impact analysis ({@code impact}, {@code closure}: every node up- or downstream with its
 * distance and a shortest path; JSON and CSV under {@code /api/lineage}). {@link LineageEditService} lets stewards add
 * and remove derivations, refusing self-links, field-dataset mixes, unknown records and cycles.
 *
 * <p>Two levels. At field level the recorded edges are followed, and a dataset's own fields are the first step from
 * it. At dataset level fields are left out and what they carry is lifted to their datasets (a field of A derived from a
 * field of B makes A derived from B); a field's closure there is its dataset's.
 */
@NullMarked
package nl.datawijzer.lineage;

import org.jspecify.annotations.NullMarked;
