package nl.datawijzer.catalog.internal;

/** Names of the catalog's SPARQL resources. */
final class Queries {
    private static final String DIR = "nl/datawijzer/catalog/internal/";
    static final String VALUE_LISTS = DIR + "value-lists.rq";
    static final String SYSTEMS = DIR + "systems.rq";
    static final String SYSTEM = DIR + "system.rq";
    static final String DATASETS = DIR + "datasets.rq";
    static final String DATASET = DIR + "dataset.rq";
    static final String DATASET_LINEAGE = DIR + "dataset-lineage.rq";
    static final String FIELDS = DIR + "fields.rq";
    static final String AGENTS = DIR + "agents.rq";
    static final String GLOSSARY = DIR + "glossary.rq";
    static final String CONCEPT_LINKS = DIR + "concept-links.rq";
    static final String REFERENCES_TO = DIR + "references-to.rq";

    private Queries() {
    }
}
