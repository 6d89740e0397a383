/** The portal's Jena code: the value lists from the classpath and the view's details from the public store. */
@NullMarked
package nl.datawijzer.opendata.portal.internal;

import org.jspecify.annotations.NullMarked;
