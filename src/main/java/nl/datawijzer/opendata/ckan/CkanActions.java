package nl.datawijzer.opendata.ckan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.opendata.ckan.internal.PackageIndex;
import org.springframework.stereotype.Service;

/**
 * The CKAN actions over the published packages only (the open-data view; never the internal catalog), each answering
 * with CKAN's envelope: {@code {"help": url, "success": true, "result": ...}}, or {@code "success": false} with an
 * {@code error} dict and CKAN's HTTP status. Anonymous on purpose: everything here is public already.
 */
@Service
public class CkanActions {

    /** The CKAN version whose API this follows; clients read it from status_show to choose their calls. */
    public static final String CKAN_VERSION = "2.10.4";
    public static final int MAX_LIST = 1000;

    /** The actions there are, with the Dutch text help_show gives for each. */
    public static final Map<String, String> ACTIONS = new TreeMap<>(Map.of(
            "package_list", "Namen van alle gepubliceerde datasets, op naam gesorteerd. Parameters: limit, offset.",
            "package_show", "Eén gepubliceerde dataset als CKAN-package. Parameter: id (naam of id).",
            "package_search", "Zoeken in de gepubliceerde datasets. Parameters: q, fq (groups, tags, res_format, "
                    + "organization, license_id), rows (standaard 10, hoogstens 1000), start, sort, facet.field "
                    + "(JSON-lijst), facet.limit.",
            "organization_list", "De organisaties die datasets publiceren. Parameter: all_fields.",
            "group_list", "De EU-datathema's van de gepubliceerde datasets als groepen. Parameter: all_fields.",
            "status_show", "Naam, adres en CKAN-versie van deze portal.",
            "help_show", "Uitleg bij een actie. Parameter: name."));

    private final PackageIndex index;
    private final OpenDataUrls urls;

    public CkanActions(PackageIndex index, OpenDataUrls urls) {
        this.index = index;
        this.urls = urls;
    }

    /** What an action answered: the HTTP status and the JSON body (an envelope, or CKAN's bare text for 400). */
    public record Reply(int status, Object body) {
    }

    /** The envelope CKAN wraps every known action's answer in; {@code result} or {@code error}, never both. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Envelope(String help, boolean success, @org.jspecify.annotations.Nullable Object result,
            @org.jspecify.annotations.Nullable Map<String, Object> error) {
    }

    /** Runs an action; never throws for bad input, which is answered as CKAN answers it. */
    public Reply call(String action, CkanParameters parameters) {
        if (!ACTIONS.containsKey(action)) {
            // CKAN 2.10 answers an unknown action with a bare JSON string, no envelope.
            return new Reply(400, "Bad request - Action name not known: " + action);
        }
        String help = urls.absolute(OpenDataUrls.CKAN + "/help_show?name=" + action);
        try {
            return new Reply(200, new Envelope(help, true, result(action, parameters), null));
        } catch (CkanException e) {
            return new Reply(e.type().status(), new Envelope(help, false, null, e.error()));
        }
    }

    /** CKAN's answer to a request whose body is no JSON object. */
    public static Reply badRequest(String reason) {
        return new Reply(400, "Bad request - JSON Error: " + reason);
    }

    private Object result(String action, CkanParameters p) {
        return switch (action) {
            case "package_list" -> index.names(p.integer("offset", 0, 0), Math.min(MAX_LIST, p.integer("limit", MAX_LIST, 0)));
            case "package_show" -> packageShow(p);
            case "package_search" -> index.search(CkanSearchQuery.from(p));
            case "organization_list" -> p.bool("all_fields") ? index.organizations()
                    : index.organizations().stream().map(CkanPackage.Organization::name).toList();
            case "group_list" -> p.bool("all_fields") ? index.groups()
                    : index.groups().stream().map(CkanPackage.Group::name).toList();
            case "status_show" -> status();
            case "help_show" -> helpShow(p);
            default -> throw new IllegalStateException(action);
        };
    }

    private CkanPackage packageShow(CkanParameters p) {
        String id = p.text("id");
        if (id == null || id.isBlank()) {
            throw CkanException.invalid("id", "Geef met 'id' de naam of het id van een dataset op.");
        }
        return index.find(id.strip()).orElseThrow(() -> CkanException.notFound(
                "Dataset '" + id.strip() + "' is niet gepubliceerd (of bestaat niet)."));
    }

    private Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("site_title", "Open data van de gemeente Huizen");
        status.put("site_description", "De datasets die de gemeente Huizen als open data publiceert (DCAT-AP-NL 3.0).");
        status.put("site_url", urls.publicUrl());
        status.put("ckan_version", CKAN_VERSION);
        status.put("error_emails_to", null);
        status.put("locale_default", "nl");
        status.put("extensions", List.of("dcat"));
        return status;
    }

    private String helpShow(CkanParameters p) {
        String name = p.text("name", "");
        String text = ACTIONS.get(name);
        if (text == null) {
            throw CkanException.notFound("Actie '" + name + "' bestaat niet; beschikbaar: " + String.join(", ", ACTIONS.keySet()) + ".");
        }
        return text;
    }
}
