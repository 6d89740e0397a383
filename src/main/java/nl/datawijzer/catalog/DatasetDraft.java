package nl.datawijzer.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a steward fills in to create or edit a dataset (fields are edited one by one). */
public record DatasetDraft(
        String slug,
        String title,
        String description,
        SystemId system,
        AgentId owner,
        AgentId steward,
        List<String> themeIris,
        String frequencyIri,
        String accessRightsIri,
        List<String> legalBasisIris,
        @Nullable String legalGround,
        List<String> keywords) {

    public DatasetDraft {
        themeIris = List.copyOf(themeIris);
        legalBasisIris = List.copyOf(legalBasisIris);
        keywords = List.copyOf(keywords);
    }
}
