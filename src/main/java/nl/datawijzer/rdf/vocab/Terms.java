package nl.datawijzer.rdf.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The RDF terms the Java code writes. Our own ones are declared in {@code ontology/datawijzer.ttl}. */
public final class Terms {

    public static final String DW = "https://w3id.org/datawijzer/def#";
    public static final String DWV = "https://w3id.org/datawijzer/vocab/";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DPV = "https://w3id.org/dpv#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    public static final Node RDF_TYPE = uri(RDF + "type");

    public static final Node DW_SYSTEM = uri(DW + "System");
    public static final Node DW_FIELD = uri(DW + "Field");
    public static final Node DCAT_DATASET = uri(DCAT + "Dataset");

    public static final Node DCT_TITLE = uri(DCT + "title");
    public static final Node DCT_DESCRIPTION = uri(DCT + "description");
    public static final Node DCT_IDENTIFIER = uri(DCT + "identifier");
    public static final Node DCT_MODIFIED = uri(DCT + "modified");
    public static final Node DCT_CREATED = uri(DCT + "created");
    public static final Node DCT_ACCRUAL_PERIODICITY = uri(DCT + "accrualPeriodicity");
    public static final Node DCT_ACCESS_RIGHTS = uri(DCT + "accessRights");
    public static final Node DCAT_THEME = uri(DCAT + "theme");
    public static final Node DCAT_KEYWORD = uri(DCAT + "keyword");
    public static final Node DPV_HAS_LEGAL_BASIS = uri(DPV + "hasLegalBasis");

    public static final Node DW_HELD_IN = uri(DW + "heldIn");
    public static final Node DW_OWNER = uri(DW + "owner");
    public static final Node DW_STEWARD = uri(DW + "steward");
    public static final Node DW_SYSTEM_KIND = uri(DW + "systemKind");
    public static final Node DW_VENDOR = uri(DW + "vendor");
    public static final Node DW_HOSTED_BY = uri(DW + "hostedBy");
    public static final Node DW_EXTERNAL = uri(DW + "external");
    public static final Node DW_LEGAL_GROUND = uri(DW + "legalGround");
    public static final Node DW_PART_OF_DATASET = uri(DW + "partOfDataset");
    public static final Node DW_POSITION = uri(DW + "position");
    public static final Node DW_TECHNICAL_NAME = uri(DW + "technicalName");
    public static final Node DW_DATATYPE = uri(DW + "datatype");
    public static final Node DW_CONTAINS_PERSONAL_DATA = uri(DW + "containsPersonalData");
    public static final Node DW_PERSONAL_DATA_CATEGORY = uri(DW + "personalDataCategory");
    public static final Node DW_CONFIDENTIALITY = uri(DW + "confidentiality");
    public static final Node DW_CLASSIFICATION_STATUS = uri(DW + "classificationStatus");

    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    public static final Node FOAF_AGENT = uri(FOAF + "Agent");
    public static final Node FOAF_NAME = uri(FOAF + "name");
    public static final Node VCARD_HAS_EMAIL = uri(VCARD + "hasEmail");
    public static final Node SKOS_CONCEPT = uri(SKOS + "Concept");
    public static final Node SKOS_IN_SCHEME = uri(SKOS + "inScheme");
    public static final Node SKOS_PREF_LABEL = uri(SKOS + "prefLabel");
    public static final Node SKOS_ALT_LABEL = uri(SKOS + "altLabel");
    public static final Node SKOS_DEFINITION = uri(SKOS + "definition");
    public static final Node SKOS_BROADER = uri(SKOS + "broader");
    public static final Node SKOS_RELATED = uri(SKOS + "related");
    public static final Node DCT_SOURCE = uri(DCT + "source");
    public static final Node DW_GLOSSARY_TERM = uri(DW + "GlossaryTerm");

    public static final Node STATUS_SUGGESTED = uri(DWV + "beoordeling/voorgesteld");
    public static final Node STATUS_CONFIRMED = uri(DWV + "beoordeling/bevestigd");
    public static final Node STATUS_CHANGED = uri(DWV + "beoordeling/gewijzigd");
    public static final Node STATUS_REJECTED = uri(DWV + "beoordeling/afgewezen");

    public static final Node DW_DETECTION_RESULT = uri(DW + "DetectionResult");
    public static final Node DW_DETECTED_CATEGORY = uri(DW + "detectedCategory");
    public static final Node DW_DETECTION_CONFIDENCE = uri(DW + "detectionConfidence");
    public static final Node DW_DETECTION_EXPLANATION = uri(DW + "detectionExplanation");
    public static final Node DW_DETECTED_BY = uri(DW + "detectedBy");

    public static final Node DW_CLASSIFICATION_DECISION = uri(DW + "ClassificationDecision");
    public static final Node DW_ABOUT_FIELD = uri(DW + "aboutField");
    public static final Node DW_DECIDED_BY = uri(DW + "decidedBy");
    public static final Node DW_RATIONALE = uri(DW + "rationale");
    public static final Node DW_PREVIOUS_STATUS = uri(DW + "previousStatus");
    public static final Node DW_NEW_STATUS = uri(DW + "newStatus");
    public static final Node DW_PREVIOUS_CONFIDENTIALITY = uri(DW + "previousConfidentiality");
    public static final Node DW_NEW_CONFIDENTIALITY = uri(DW + "newConfidentiality");
    public static final Node DW_PREVIOUS_CATEGORY = uri(DW + "previousCategory");
    public static final Node DW_NEW_CATEGORY = uri(DW + "newCategory");
    public static final Node DW_PREVIOUS_PERSONAL_DATA = uri(DW + "previousPersonalData");
    public static final Node DW_NEW_PERSONAL_DATA = uri(DW + "newPersonalData");
    public static final Node DW_PREVIOUS_LEGAL_GROUND = uri(DW + "previousLegalGround");
    public static final Node DW_NEW_LEGAL_GROUND = uri(DW + "newLegalGround");
    public static final Node PROV_ENDED_AT_TIME = uri(PROV + "endedAtTime");

    private Terms() {
    }

    public static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
