/** Reading spreadsheets the same way wherever the portal imports one. */
@NullMarked
package nl.datawijzer.spreadsheet;

import org.jspecify.annotations.NullMarked;
