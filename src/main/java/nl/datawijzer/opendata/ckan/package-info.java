/**
 * CKAN Action API subset (issue 5, point 5) for harvesters and existing CKAN clients: {@code package_list},
 * {@code package_show}, {@code package_search}, {@code organization_list}, {@code group_list}, {@code status_show}
 * (and {@code help_show}, which the envelope's help links point at) under {@code /api/3/action/{action}}, with CKAN
 * 2.10's envelope and error types. It reads only the open-data view, through
 * {@link nl.datawijzer.opendata.export.OpenDataCatalog}; packages are mapped the way CKAN and ckanext-dcat would
 * (themes as groups, the publisher as organization, distributions as resources). {@code internal/} keeps an in-memory
 * Lucene index of the published packages that follows every {@link nl.datawijzer.opendata.OpenDataViewChangedEvent}.
 */
@NullMarked
package nl.datawijzer.opendata.ckan;

import org.jspecify.annotations.NullMarked;
