/**
 * Hosted distributions: files (CSV, XLSX, JSON) that stewards upload as distributions of a dataset, stored here and
 * served at stable addresses with checksum, media type and size. {@link nl.datawijzer.opendata.hosting.HostedFileService}
 * is the API (upload, replace, remove, list) and the {@link nl.datawijzer.opendata.HostedContents} the publication
 * gate scans; {@code HostedFileController} serves the files (anonymous callers only for published datasets).
 * {@code internal/} holds the content-addressed file store and the RDF side of a hosted distribution.
 */
@NullMarked
package nl.datawijzer.opendata.hosting;

import org.jspecify.annotations.NullMarked;
