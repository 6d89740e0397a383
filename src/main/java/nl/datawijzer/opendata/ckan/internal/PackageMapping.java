package nl.datawijzer.opendata.ckan.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.opendata.ckan.CkanPackage;
import nl.datawijzer.opendata.export.ExportedDataset;
import nl.datawijzer.opendata.export.ExportedDistribution;
import nl.datawijzer.rdf.ClasspathRdf;
import org.jspecify.annotations.Nullable;

/**
 * A published dataset as a CKAN package dict, the way CKAN core and ckanext-dcat's DCAT-AP profile fill one: the EU
 * data themes become groups (code in lower case, Dutch label), the publisher the organization, keywords tags,
 * distributions resources; the licence of the distributions becomes the package licence, with CKAN's own licence ids
 * where CKAN has one. Only DCAT terms of the view reach this class (through {@link ExportedDataset}).
 */
@org.springframework.stereotype.Component
public final class PackageMapping {

    static final String EU_THEMES = "http://publications.europa.eu/resource/authority/data-theme/";
    private static final String EU_LICENCES = "http://publications.europa.eu/resource/authority/licence/";
    private static final String EU_FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    private static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    /** CKAN's default licence register (id, title, url) for the EU licences it knows under another name. */
    private static final Map<String, CkanLicence> CKAN_LICENCES = Map.of(
            "CC0", new CkanLicence("cc-zero", "Creative Commons CCZero", "http://www.opendefinition.org/licenses/cc-zero"),
            "CC_BY_4_0", new CkanLicence("cc-by", "Creative Commons Attribution", "http://www.opendefinition.org/licenses/cc-by"),
            "CC_BYSA_4_0", new CkanLicence("cc-by-sa", "Creative Commons Attribution Share-Alike", "http://www.opendefinition.org/licenses/cc-by-sa"),
            "ODC_BY", new CkanLicence("odc-by", "Open Data Commons Attribution License", "http://www.opendefinition.org/licenses/odc-by"),
            "ODC_ODBL", new CkanLicence("odc-odbl", "Open Data Commons Open Database License (ODbL)", "http://www.opendefinition.org/licenses/odc-odbl"),
            "ODC_PDDL", new CkanLicence("odc-pddl", "Open Data Commons Public Domain Dedication and License (PDDL)", "http://www.opendefinition.org/licenses/odc-pddl"));

    private record CkanLicence(String id, String title, String url) {
    }

    private final OpenDataUrls urls;
    private final Map<String, String> themeLabels;

    @org.springframework.beans.factory.annotation.Autowired
    public PackageMapping(OpenDataUrls urls) {
        this(urls, euThemeLabels());
    }

    PackageMapping(OpenDataUrls urls, Map<String, String> themeLabels) {
        this.urls = urls;
        this.themeLabels = Map.copyOf(themeLabels);
    }

    /** Dutch labels of the EU data themes, from the value list that ships with the code. */
    static Map<String, String> euThemeLabels() {
        Map<String, String> labels = new HashMap<>();
        ClasspathRdf.dutchLabels("themes.ttl").forEach((iri, label) -> {
            if (iri.startsWith(EU_THEMES)) {
                labels.put(iri, label);
            }
        });
        return labels;
    }

    public CkanPackage map(ExportedDataset d) {
        String name = d.identifier();
        String id = uuid(d.iri());
        CkanPackage.Organization organization = organization(d);
        @Nullable String licence = licence(d.distributions());
        @Nullable CkanLicence known = licence != null && licence.startsWith(EU_LICENCES)
                ? CKAN_LICENCES.get(licence.substring(EU_LICENCES.length())) : null;
        String licenceCode = licence == null ? null : lastSegment(licence);
        List<CkanPackage.Group> groups = d.themes().stream().filter(t -> t.startsWith(EU_THEMES)).map(this::group).toList();
        List<CkanPackage.Tag> tags = d.keywords().stream().distinct()
                .map(k -> new CkanPackage.Tag(k, k, "active", null)).toList();
        List<CkanPackage.Resource> resources = new ArrayList<>();
        for (ExportedDistribution x : d.distributions()) {
            String format = x.format() == null ? null : lastSegment(x.format()).toUpperCase(Locale.ROOT);
            String mimetype = x.mediaType() == null ? null
                    : x.mediaType().startsWith(MEDIA_TYPES) ? x.mediaType().substring(MEDIA_TYPES.length()) : x.mediaType();
            String title = x.title() != null ? x.title() : format != null ? d.title() + " (" + format + ")" : d.title();
            resources.add(new CkanPackage.Resource(uuid(x.iri()), id, title, "",
                    x.downloadUrl() != null ? x.downloadUrl() : x.accessUrl(), x.accessUrl(), x.downloadUrl(), format,
                    mimetype, x.byteSize(), x.sha256(), x.license(), resources.size(), "active"));
        }
        String email = d.contactEmail() == null ? null : d.contactEmail().replaceFirst("^mailto:", "");
        String modified = ckanTime(d.modified());
        List<CkanPackage.Extra> extras = new ArrayList<>();
        extra(extras, "access_rights", d.accessRights());
        extra(extras, "contact_email", email);
        extra(extras, "contact_name", d.contactName());
        extra(extras, "frequency", d.accrualPeriodicity());
        extra(extras, "identifier", d.identifier());
        extra(extras, "publisher_name", d.publisherName());
        extra(extras, "publisher_uri", d.publisherIri());
        extra(extras, "theme", d.themes().isEmpty() ? null : json(d.themes()));
        extra(extras, "uri", d.iri());
        return new CkanPackage(id, name, d.title(), d.description(), urls.absolute(OpenDataUrls.datasetPage(name)),
                known != null ? known.id() : licenceCode == null ? null : licenceCode.toLowerCase(Locale.ROOT).replace('_', '-'),
                known != null ? known.title() : licenceCode,
                licence, licence != null, organization == null ? null : organization.id(), organization, groups, tags,
                resources, extras, d.contactName(), email, email, modified, modified, resources.size(), tags.size(),
                "active", false, "dataset");
    }

    /** The group of an EU theme, also for {@code group_list}. */
    CkanPackage.Group group(String theme) {
        String code = lastSegment(theme).toLowerCase(Locale.ROOT);
        String label = themeLabels.getOrDefault(theme, lastSegment(theme));
        return new CkanPackage.Group(uuid(theme), code, label, label, "", "group", "active", false, null);
    }

    private static CkanPackage.@Nullable Organization organization(ExportedDataset d) {
        if (d.publisherIri() == null) {
            return null;
        }
        String title = d.publisherName() != null ? d.publisherName() : lastSegment(d.publisherIri());
        return new CkanPackage.Organization(uuid(d.publisherIri()), slug(lastSegment(d.publisherIri())), title, title,
                "", "organization", "active", true, "approved", null);
    }

    /** The licence most distributions carry (the first in IRI order on a tie): CKAN has one licence per package. */
    private static @Nullable String licence(List<ExportedDistribution> distributions) {
        Map<String, Long> counts = distributions.stream().map(ExportedDistribution::license)
                .filter(java.util.Objects::nonNull).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** dct:modified in CKAN's form: UTC, no zone, microseconds; a bare date is midnight UTC. */
    static @Nullable String ckanTime(@Nullable String modified) {
        LocalDateTime utc = utc(modified);
        return utc == null ? null : utc.format(CKAN_TIME);
    }

    static @Nullable LocalDateTime utc(@Nullable String modified) {
        if (modified == null || modified.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(modified).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(modified);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(modified).atStartOfDay();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    private static void extra(List<CkanPackage.Extra> extras, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            extras.add(new CkanPackage.Extra(key, value));
        }
    }

    private static String json(List<String> iris) {
        return iris.stream().map(i -> "\"" + i.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** Stable across restarts: the same IRI always gives the same id (a name-based UUID, as CKAN ids are UUIDs). */
    static String uuid(String iri) {
        return UUID.nameUUIDFromBytes(iri.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String lastSegment(String iri) {
        String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = Math.max(trimmed.lastIndexOf('/'), Math.max(trimmed.lastIndexOf('#'), trimmed.lastIndexOf(':')));
        return trimmed.substring(cut + 1);
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "organisatie" : slug;
    }
}
