/** Admin pages of the OpenLineage intake: API tokens (ADMIN) and discovered datasets (BEHEERDER). */
@NullMarked
package nl.datawijzer.lineage.openlineage.ui;

import org.jspecify.annotations.NullMarked;
