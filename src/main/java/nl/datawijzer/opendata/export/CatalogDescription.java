package nl.datawijzer.opendata.export;

/**
 * The catalog node of the export: what DCAT-AP-NL requires of a dcat:Catalog (title, description, publisher and one
 * contact point). The open-data view holds datasets only, so these come from here.
 */
public record CatalogDescription(String catalogIri, String title, String description, String publisherIri,
        String publisherName, String contactName, String contactEmail) {

    /** Gemeente Huizen under the given base IRI (the agent IRI of the seed, the municipality's general mailbox). */
    public static CatalogDescription huizen(String baseIri) {
        return new CatalogDescription(baseIri + "catalog", "Open data van de gemeente Huizen",
                "De datasets die de gemeente Huizen als open data publiceert, beschreven volgens DCAT-AP-NL 3.0.",
                baseIri + "agent/gemeente-huizen", "Gemeente Huizen", "Gemeente Huizen", "mailto:gemeente@huizen.nl");
    }
}
