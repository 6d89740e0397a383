package nl.datawijzer.lineage.picture.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import nl.datawijzer.lineage.Direction;
import nl.datawijzer.lineage.LineageService;
import nl.datawijzer.lineage.LineageView;
import nl.datawijzer.lineage.UnknownLineageNodeException;
import nl.datawijzer.lineage.picture.Groups;
import nl.datawijzer.lineage.picture.LineagePicture;

/**
 * The lineage picture on a dataset's page: two steps each way at dataset level, and a link into the explorer for more.
 * Opening or closing a system there continues in the explorer, which keeps that choice in its address.
 */
@StyleSheet("styles/lineage.css")
public final class LineagePanel extends Div {

    static final int DEPTH = 2;

    public LineagePanel(LineageService lineage, String datasetSlug) {
        setId("dataset-lineage-picture");
        addClassName("lp-panel");
        ExplorerState state = ExplorerState.start().withFocus("dataset/" + datasetSlug).withDepth(DEPTH)
                .withDirection(Direction.BOTH);
        LineageView view;
        try {
            view = lineage.around(state.focus(), Direction.BOTH, DEPTH, false);
        } catch (UnknownLineageNodeException e) {
            // a dataset the lineage graph does not hold (yet): the lists below the picture still tell what is known
            return;
        }
        LineagePicture.Drawing drawing = LineagePicture.draw(view, Groups.byDefault(), getLocale(),
                this::getTranslation, groups -> state.withGroups(groups).href());
        PictureCanvas canvas = new PictureCanvas("dataset-lineage-svg");
        canvas.addClassName("lp-canvas-small");
        canvas.show(drawing.svg());
        Anchor explorer = new Anchor(state.href(), getTranslation("lineage.explorer.open"));
        explorer.setId("dataset-lineage-explorer");
        add(canvas, explorer);
    }
}
