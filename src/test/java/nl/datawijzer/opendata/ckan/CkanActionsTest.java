package nl.datawijzer.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.datawijzer.opendata.OpenDataViewChangedEvent;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The actions over the open-data view fixture (three published datasets), without Spring. */
class CkanActionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WMO = "wmo-voorzieningen-per-wijk";
    private static final String AFVAL = "afvalinzameling-per-buurt";
    private static final String GRAF = "begraafplaatsen";

    private final CkanFixture fixture = new CkanFixture("opendata/open-data-view.ttl");

    @Test
    void packageListGivesThePublishedNamesInNameOrderWithLimitAndOffset() {
        assertThat(result("package_list", Map.of())).isEqualTo(List.of(AFVAL, GRAF, WMO));
        assertThat(result("package_list", Map.of("limit", "1", "offset", "1"))).isEqualTo(List.of(GRAF));
        assertThat(result("package_list", Map.of("offset", "9"))).isEqualTo(List.of());
    }

    @Test
    void packageShowMapsADatasetAsCkanAndCkanextDcatWould() {
        JsonNode p = json(call("package_show", Map.of("id", WMO))).get("result");
        assertThat(p.get("name").asString()).isEqualTo(WMO);
        assertThat(p.get("id").asString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(p.get("title").asString()).isEqualTo("Wmo-voorzieningen per wijk");
        assertThat(p.get("notes").asString()).startsWith("Aantal toegekende Wmo-voorzieningen");
        assertThat(p.get("url").asString()).isEqualTo("http://localhost:8080/open-data/" + WMO);
        assertThat(p.get("license_id").asString()).isEqualTo("cc-zero");
        assertThat(p.get("license_title").asString()).isEqualTo("Creative Commons CCZero");
        assertThat(p.get("license_url").asString()).isEqualTo("http://publications.europa.eu/resource/authority/licence/CC0");
        assertThat(p.get("organization").get("name").asString()).isEqualTo("gemeente-huizen");
        assertThat(p.get("organization").get("title").asString()).isEqualTo("Gemeente Huizen");
        assertThat(p.get("owner_org").asString()).isEqualTo(p.get("organization").get("id").asString());
        // Only the EU theme is a group; the Dutch government theme is not in CKAN's group list.
        assertThat(p.get("groups")).hasSize(1);
        assertThat(p.get("groups").get(0).get("name").asString()).isEqualTo("soci");
        assertThat(p.get("groups").get(0).get("title").asString()).isEqualTo("Bevolking en samenleving");
        assertThat(names(p.get("tags"))).containsExactlyInAnyOrder("Wmo", "maatschappelijke ondersteuning");
        JsonNode csv = p.get("resources").get(0).get("format").asString().equals("CSV") ? p.get("resources").get(0) : p.get("resources").get(1);
        assertThat(csv.get("url").asString()).isEqualTo("https://data.huizen.nl/open/wmo-voorzieningen-per-wijk.csv");
        assertThat(csv.get("mimetype").asString()).isEqualTo("text/csv");
        assertThat(csv.get("name").asString()).isEqualTo("Wmo-voorzieningen per wijk (CSV)");
        assertThat(csv.get("license").asString()).isEqualTo("http://publications.europa.eu/resource/authority/licence/CC0");
        assertThat(csv.get("package_id").asString()).isEqualTo(p.get("id").asString());
        // From dcat:byteSize and the SHA-256 spdx:checksum of the view, as ckanext-dcat maps them.
        assertThat(csv.get("size").asLong()).isEqualTo(2587);
        assertThat(csv.get("hash").asString()).isEqualTo("28acaf4ec895397a2a9abf915b369f4a4d2150248f8ff6b9f5ac1bc9fe763b34");
        assertThat(p.get("metadata_modified").asString()).isEqualTo("2026-03-02T09:00:00.000000");
        assertThat(extra(p, "frequency")).isEqualTo("http://publications.europa.eu/resource/authority/frequency/ANNUAL");
        assertThat(extra(p, "contact_email")).isEqualTo("wmo@huizen.nl");
        assertThat(extra(p, "uri")).isEqualTo(CkanFixture.BASE + "dataset/" + WMO);
        assertThat(p.get("contact_email").asString()).isEqualTo("wmo@huizen.nl");
        assertThat(p.get("num_resources").asInt()).isEqualTo(2);
        assertThat(p.get("num_tags").asInt()).isEqualTo(2);
        assertThat(p.get("state").asString()).isEqualTo("active");
        assertThat(p.get("private").asBoolean()).isFalse();
        assertThat(p.get("type").asString()).isEqualTo("dataset");
    }

    @Test
    void packageShowNeverCarriesTheViewsOwnExtras() {
        String body = new String(bytes(call("package_show", Map.of("id", WMO))), StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("nooit exporteren", "aggregatieniveau", "openDataCandidate", "datawijzer/def");
    }

    @Test
    void packageShowFindsAPackageByItsIdAsWell() {
        String id = json(call("package_show", Map.of("id", GRAF))).get("result").get("id").asString();
        assertThat(json(call("package_show", Map.of("id", id))).get("result").get("name").asString()).isEqualTo(GRAF);
    }

    @Test
    void unknownOrUnpublishedPackageIsANotFoundErrorWith404() {
        CkanActions.Reply reply = call("package_show", Map.of("id", "inwoners-met-schulden"));
        assertThat(reply.status()).isEqualTo(404);
        JsonNode body = json(reply);
        assertThat(body.get("success").asBoolean()).isFalse();
        assertThat(body.get("help").asString()).isEqualTo("http://localhost:8080/api/3/action/help_show?name=package_show");
        assertThat(body.get("error").get("__type").asString()).isEqualTo("Not Found Error");
        assertThat(body.get("error").get("message").asString()).startsWith("Not found").contains("niet gepubliceerd");
        assertThat(body.has("result")).isFalse();
    }

    @Test
    void missingOrWrongParametersAreAValidationErrorNamingTheParameter() {
        assertValidation(call("package_show", Map.of()), "id");
        assertValidation(call("package_search", Map.of("rows", "veel")), "rows");
        assertValidation(call("package_search", Map.of("rows", "-1")), "rows");
        assertValidation(call("package_search", Map.of("start", "-5")), "start");
        assertValidation(call("package_search", Map.of("sort", "kleur asc")), "sort");
        assertValidation(call("package_search", Map.of("fq", "kleur:rood")), "fq");
        assertValidation(call("package_search", Map.of("fq", "tags:\"open einde")), "fq");
        assertValidation(call("package_search", Map.of("facet.field", "groups")), "facet.field");
        assertValidation(call("package_search", Map.of("facet.field", "[\"kleur\"]")), "facet.field");
        assertValidation(call("package_list", Map.of("limit", "x")), "limit");
        assertValidation(call("organization_list", Map.of("all_fields", "misschien")), "all_fields");
    }

    @Test
    void unknownActionIsABareBadRequestStringAsInCkan() {
        CkanActions.Reply reply = call("package_create", Map.of());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).isEqualTo("Bad request - Action name not known: package_create");
    }

    @Test
    void everyActionAnswersInTheEnvelope() {
        for (String action : CkanActions.ACTIONS.keySet()) {
            Map<String, Object> parameters = switch (action) {
                case "package_show" -> Map.of("id", AFVAL);
                case "help_show" -> Map.of("name", "package_search");
                default -> Map.of();
            };
            CkanActions.Reply reply = call(action, parameters);
            assertThat(reply.status()).as(action).isEqualTo(200);
            JsonNode body = json(reply);
            assertThat(body.properties().stream().map(Map.Entry::getKey).toList()).as(action)
                    .containsExactly("help", "success", "result");
            assertThat(body.get("success").asBoolean()).isTrue();
            assertThat(body.get("help").asString()).endsWith("/api/3/action/help_show?name=" + action);
        }
    }

    @Test
    void searchWithoutParametersGivesTenNewestFirstWithTheTotal() {
        JsonNode result = json(call("package_search", Map.of())).get("result");
        assertThat(result.properties().stream().map(Map.Entry::getKey).toList())
                .containsExactly("count", "facets", "results", "sort", "search_facets");
        assertThat(result.get("results").get(0)).isEqualTo(json(call("package_show", Map.of("id", WMO))).get("result"));
        assertThat(result.get("count").asLong()).isEqualTo(3);
        assertThat(result.get("sort").asString()).isEqualTo("score desc, metadata_modified desc");
        assertThat(names(result.get("results"))).containsExactly(WMO, AFVAL, GRAF);
        assertThat(result.get("facets").size()).isZero();
        assertThat(result.get("search_facets").size()).isZero();
    }

    @Test
    void qFindsByTitleDescriptionAndTagsWithDutchStems() {
        assertThat(searchNames(Map.of("q", "wmo"))).containsExactly(WMO);
        assertThat(searchNames(Map.of("q", "buurten"))).containsExactly(AFVAL);
        assertThat(searchNames(Map.of("q", "begraven"))).containsExactly(GRAF);
        assertThat(searchNames(Map.of("q", "capaciteit begraafplaatsen"))).containsExactly(GRAF);
        assertThat(searchNames(Map.of("q", "wmo afval"))).isEmpty();
        assertThat(searchNames(Map.of("q", "*:*"))).hasSize(3);
    }

    @Test
    void fqFiltersOnGroupsTagsFormatsOrganizationAndLicenceAndAndsThem() {
        assertThat(searchNames(Map.of("fq", "groups:envi"))).containsExactly(AFVAL);
        assertThat(searchNames(Map.of("fq", "tags:\"maatschappelijke ondersteuning\""))).containsExactly(WMO);
        assertThat(searchNames(Map.of("fq", "res_format:CSV"))).containsExactly(WMO);
        assertThat(searchNames(Map.of("fq", "license_id:cc-by"))).containsExactly(AFVAL);
        assertThat(searchNames(Map.of("fq", "organization:gemeente-huizen", "sort", "name asc"))).containsExactly(AFVAL, GRAF, WMO);
        assertThat(searchNames(Map.of("fq", "groups:regi AND groups:gove"))).containsExactly(GRAF);
        assertThat(searchNames(Map.of("fq", "+groups:regi +res_format:CSV"))).isEmpty();
        assertThat(searchNames(Map.of("fq", "-groups:soci", "sort", "name asc"))).containsExactly(AFVAL, GRAF);
        assertThat(searchNames(Map.of("fq", "+dataset_type:dataset license_id:cc-zero", "sort", "name desc"))).containsExactly(WMO, GRAF);
        assertThat(searchNames(Map.of("q", "per", "fq", "res_format:PARQUET"))).containsExactly(AFVAL);
    }

    @Test
    void facetsCountOverAllMatchesInBothOfCkansForms() {
        JsonNode result = json(call("package_search", Map.of("facet.field", "[\"groups\",\"res_format\",\"license_id\"]",
                "rows", "0"))).get("result");
        assertThat(result.get("results")).isEmpty();
        assertThat(result.get("count").asLong()).isEqualTo(3);
        JsonNode groups = result.get("facets").get("groups");
        assertThat(groups.get("soci").asLong()).isEqualTo(1);
        assertThat(groups.get("envi").asLong()).isEqualTo(1);
        assertThat(groups.get("regi").asLong()).isEqualTo(1);
        assertThat(result.get("facets").get("license_id").get("cc-zero").asLong()).isEqualTo(2);
        JsonNode searchGroups = result.get("search_facets").get("groups");
        assertThat(searchGroups.get("title").asString()).isEqualTo("groups");
        JsonNode milieu = null;
        for (JsonNode item : searchGroups.get("items")) {
            if (item.get("name").asString().equals("envi")) {
                milieu = item;
            }
        }
        assertThat(milieu).isNotNull();
        assertThat(milieu.get("display_name").asString()).isEqualTo("Milieu");
        assertThat(milieu.get("count").asLong()).isEqualTo(1);
        JsonNode formats = result.get("facets").get("res_format");
        assertThat(formats.properties().stream().map(Map.Entry::getKey).toList())
                .containsExactlyInAnyOrder("CSV", "JSON", "PARQUET", "GEOJSON");

        JsonNode narrowed = json(call("package_search", Map.of("facet.field", List.of("groups"), "fq", "res_format:CSV",
                "facet.limit", "1"))).get("result");
        assertThat(narrowed.get("facets").get("groups").properties()).hasSize(1);
        assertThat(narrowed.get("facets").get("groups").get("soci").asLong()).isEqualTo(1);
    }

    @Test
    void pagesWithRowsAndStartTogetherGiveEveryPackageOnceInTheSameOrder() {
        for (String sort : List.of("title_string asc", "metadata_modified desc", "score desc, metadata_modified desc",
                "name desc")) {
            List<String> whole = searchNames(Map.of("sort", sort, "rows", "1000"));
            List<String> paged = new ArrayList<>();
            for (int start = 0; start < 4; start += 2) {
                paged.addAll(searchNames(Map.of("sort", sort, "rows", "2", "start", String.valueOf(start))));
            }
            assertThat(paged).as(sort).isEqualTo(whole).hasSize(3);
        }
        assertThat(searchNames(Map.of("sort", "title_string asc"))).containsExactly(AFVAL, GRAF, WMO);
        assertThat(searchNames(Map.of("start", "3"))).isEmpty();
        // CKAN cuts rows above its maximum instead of refusing them.
        assertThat(call("package_search", Map.of("rows", "5000")).status()).isEqualTo(200);
    }

    @Test
    void organizationAndGroupListsCountThePublishedPackages() {
        assertThat(result("organization_list", Map.of())).isEqualTo(List.of("gemeente-huizen"));
        JsonNode organizations = json(call("organization_list", Map.of("all_fields", "true"))).get("result");
        assertThat(organizations.get(0).get("package_count").asInt()).isEqualTo(3);
        assertThat(organizations.get(0).get("is_organization").asBoolean()).isTrue();
        assertThat(result("group_list", Map.of())).isEqualTo(List.of("envi", "gove", "regi", "soci"));
        JsonNode groups = json(call("group_list", Map.of("all_fields", true))).get("result");
        assertThat(groups.get(3).get("title").asString()).isEqualTo("Bevolking en samenleving");
        assertThat(groups.get(3).get("package_count").asInt()).isEqualTo(1);
    }

    @Test
    void statusShowNamesTheCkanVersionAndSite() {
        JsonNode status = json(call("status_show", Map.of())).get("result");
        assertThat(status.get("ckan_version").asString()).isEqualTo("2.10.4");
        assertThat(status.get("site_url").asString()).isEqualTo("http://localhost:8080");
        assertThat(status.get("extensions").get(0).asString()).isEqualTo("dcat");
    }

    @Test
    void answersFollowTheViewAsSoonAsItsChangeIsAnnounced() {
        assertThat(result("package_list", Map.of())).isEqualTo(List.of(AFVAL, GRAF, WMO));
        Graph view = CkanFixture.view("opendata/open-data-view.ttl");
        Node wmo = NodeFactory.createURI(CkanFixture.BASE + "dataset/" + WMO);
        List.copyOf(view.find(wmo, Node.ANY, Node.ANY).toList()).forEach(view::delete);
        fixture.writeView(view);
        fixture.index.onViewChanged(new OpenDataViewChangedEvent(List.of(WMO)));

        assertThat(result("package_list", Map.of())).isEqualTo(List.of(AFVAL, GRAF));
        assertThat(call("package_show", Map.of("id", WMO)).status()).isEqualTo(404);
        assertThat(searchNames(Map.of("q", "wmo"))).isEmpty();
        assertThat(result("group_list", Map.of())).isEqualTo(List.of("envi", "gove", "regi"));

        fixture.writeView(CkanFixture.view("opendata/open-data-view.ttl"));
        fixture.index.onViewChanged(new OpenDataViewChangedEvent(List.of()));
        assertThat(searchNames(Map.of("q", "wmo"))).containsExactly(WMO);
    }

    // ------------------------------------------------------------------ helpers

    private CkanActions.Reply call(String action, Map<String, Object> parameters) {
        return fixture.actions.call(action, new CkanParameters(parameters));
    }

    private Object result(String action, Map<String, Object> parameters) {
        CkanActions.Reply reply = call(action, parameters);
        assertThat(reply.status()).isEqualTo(200);
        return ((CkanActions.Envelope) reply.body()).result();
    }

    private List<String> searchNames(Map<String, Object> parameters) {
        return names(json(call("package_search", parameters)).get("result").get("results"));
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.get("name").asString()));
        return names;
    }

    private static String extra(JsonNode p, String key) {
        for (JsonNode extra : p.get("extras")) {
            if (extra.get("key").asString().equals(key)) {
                return extra.get("value").asString();
            }
        }
        return null;
    }

    private static byte[] bytes(CkanActions.Reply reply) {
        return JSON.writeValueAsBytes(reply.body());
    }

    private static JsonNode json(CkanActions.Reply reply) {
        return JSON.readTree(bytes(reply));
    }

    private static void assertValidation(CkanActions.Reply reply, String parameter) {
        assertThat(reply.status()).as(parameter).isEqualTo(409);
        JsonNode error = json(reply).get("error");
        assertThat(error.get("__type").asString()).isEqualTo("Validation Error");
        assertThat(error.get(parameter)).as(parameter).isNotNull();
        assertThat(error.get("message").asString()).isNotBlank();
    }
}
