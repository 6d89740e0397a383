package nl.datawijzer.bench;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One catalog record as the store writes it: a named graph (see ontology/MODEL.md) and its triples. A dataset record
 * holds the dataset, its fields and distributions.
 */
public record CatalogRecord(Kind kind, String slug, Node graph, List<Triple> triples) {

    /** Record kinds in the order the generator emits them (references always point to earlier records). */
    public enum Kind {
        AGENT, SYSTEM, JOB, DATASET, KPI, GLOSSARY, CONCEPT
    }
}
