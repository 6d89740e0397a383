/** Information needs over REST, read-only and for staff: the board as JSON and CSV, one need with its history. */
@NullMarked
package nl.datawijzer.needs.api;

import org.jspecify.annotations.NullMarked;
