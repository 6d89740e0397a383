/** The administrator's DCAT import page ({@code beheer/dcat-import}); calls only {@code DcatImportService}. */
@NullMarked
package nl.datawijzer.opendata.dcatimport.ui;

import org.jspecify.annotations.NullMarked;
