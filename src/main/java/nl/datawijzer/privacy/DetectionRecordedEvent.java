package nl.datawijzer.privacy;

import java.util.List;

/** Detection results of these datasets were replaced (published after the write committed). */
public record DetectionRecordedEvent(List<String> datasetSlugs) {

    public DetectionRecordedEvent {
        datasetSlugs = List.copyOf(datasetSlugs);
    }
}
