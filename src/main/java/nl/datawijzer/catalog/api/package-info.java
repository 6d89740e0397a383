/** Read-only JSON API of the catalog for signed-in users; errors as RFC 9457 problem JSON. */
@NullMarked
package nl.datawijzer.catalog.api;

import org.jspecify.annotations.NullMarked;
