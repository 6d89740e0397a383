/**
 * The lineage picture: a {@link nl.datawijzer.lineage.LineageView} laid out by Eclipse ELK (layered, upstream on the
 * left) and drawn as SVG on the server, with systems as groups that collapse and expand. No JavaScript: the picture is
 * plain SVG with links, so it works in every browser and can be tested as text.
 */
@NullMarked
package nl.datawijzer.lineage.picture;

import org.jspecify.annotations.NullMarked;
