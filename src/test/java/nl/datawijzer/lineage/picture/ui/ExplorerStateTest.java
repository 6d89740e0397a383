package nl.datawijzer.lineage.picture.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import nl.datawijzer.lineage.Direction;
import nl.datawijzer.lineage.picture.Groups;
import org.junit.jupiter.api.Test;

class ExplorerStateTest {

    @Test
    void aStateSurvivesTheRoundTripThroughTheAddress() {
        ExplorerState state = new ExplorerState("dataset/wmo-meldingen", 4, Direction.UPSTREAM, true,
                new Groups(Set.of("isamenleving", "dwh"), Set.of("zrm")));

        ExplorerState back = ExplorerState.from(QueryParameters.fromString(state.toParameters().getQueryString()));

        assertThat(back).isEqualTo(state);
        assertThat(state.href()).isEqualTo(
                "herkomst?focus=dataset/wmo-meldingen&depth=4&direction=upstream&level=field&open=dwh,isamenleving"
                        + "&closed=zrm");
    }

    @Test
    void depthIsKeptBetweenOneAndSixAndJunkFallsBackToTheDefaults() {
        assertThat(ExplorerState.from(QueryParameters.fromString("depth=99")).depth()).isEqualTo(6);
        assertThat(ExplorerState.from(QueryParameters.fromString("depth=0")).depth()).isEqualTo(1);
        ExplorerState junk = ExplorerState.from(QueryParameters.fromString(
                "depth=abc&direction=sideways&level=weird&open=Bad%20Slug,ok-slug,%3Cx%3E"));
        assertThat(junk.depth()).isEqualTo(ExplorerState.DEFAULT_DEPTH);
        assertThat(junk.direction()).isEqualTo(Direction.BOTH);
        assertThat(junk.fields()).isFalse();
        assertThat(junk.groups().expanded()).containsExactly("ok-slug");
        assertThat(junk.focus()).isNull();
    }

    @Test
    void onlyADatasetIdIsAFocusToDraw() {
        assertThat(ExplorerState.from(QueryParameters.fromString("focus=dataset/wmo-meldingen")).focusIsDataset())
                .isTrue();
        assertThat(ExplorerState.from(QueryParameters.fromString("focus=job/etl")).focusIsDataset()).isFalse();
        assertThat(ExplorerState.from(QueryParameters.fromString("focus=dataset/%3Cscript%3E")).focusIsDataset())
                .isFalse();
    }

    @Test
    void choosingAnotherDatasetForgetsTheOpenedSystemsButKeepsDepthAndDirection() {
        ExplorerState state = new ExplorerState("dataset/a", 3, Direction.DOWNSTREAM, false,
                new Groups(Set.of("x"), Set.of("y")));

        ExplorerState next = state.withFocus("dataset/b");

        assertThat(next.groups()).isEqualTo(Groups.byDefault());
        assertThat(next.depth()).isEqualTo(3);
        assertThat(next.direction()).isEqualTo(Direction.DOWNSTREAM);
    }
}
