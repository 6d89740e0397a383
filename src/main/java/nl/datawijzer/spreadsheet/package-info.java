/** Reading spreadsheets the same way wherever the portal imports one, and writing CSV for Dutch Excel. */
@NullMarked
package nl.datawijzer.spreadsheet;

import org.jspecify.annotations.NullMarked;
