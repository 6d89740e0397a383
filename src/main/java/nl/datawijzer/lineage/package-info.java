/**
 * Lineage: where data comes from and what depends on it. Datasets and fields derived from others (PROV-O
 * {@code prov:wasDerivedFrom}), ETL jobs that use and generate datasets, KPIs built on fields and shown in dashboards, and
 * the information needs that rely on them, read as one graph ({@link LineageView}) for impact analysis and the picture.
 */
@NullMarked
package nl.datawijzer.lineage;

import org.jspecify.annotations.NullMarked;
