package nl.datawijzer.opendata.ckan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.datawijzer.opendata.OpenDataUrls;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/3/action/{action}}, GET with URL parameters and POST with a JSON object, as CKAN accepts both. The body
 * is written here (not by Spring's converter) so that the content type is CKAN's exactly and no exception handler of
 * the other APIs turns an error into problem JSON: CKAN clients expect CKAN's error dict.
 */
@RestController
@Tag(name = "CKAN API", description = "CKAN Action API (subset) over de gepubliceerde open data, zonder aanmelden")
class CkanActionApi {

    static final String CONTENT_TYPE = "application/json;charset=utf-8";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CkanActions actions;

    CkanActionApi(CkanActions actions) {
        this.actions = actions;
    }

    @GetMapping(OpenDataUrls.CKAN + "/{action}")
    @SecurityRequirements
    @Operation(summary = "Een CKAN-actie aanroepen",
            description = "package_list, package_show, package_search, organization_list, group_list, status_show, "
                    + "help_show; antwoord in CKAN's envelop {help, success, result}.")
    ResponseEntity<byte[]> get(@PathVariable String action, @RequestParam MultiValueMap<String, String> parameters) {
        Map<String, Object> values = new HashMap<>();
        parameters.forEach((name, list) -> values.put(name, list.size() == 1 ? list.getFirst() : List.copyOf(list)));
        return reply(actions.call(action, new CkanParameters(values)));
    }

    @PostMapping(OpenDataUrls.CKAN + "/{action}")
    @SecurityRequirements
    @Operation(summary = "Een CKAN-actie aanroepen met een JSON-object als parameters")
    ResponseEntity<byte[]> post(@PathVariable String action, @RequestBody(required = false) byte[] body,
            @RequestParam MultiValueMap<String, String> parameters) {
        if (body == null || body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return get(action, parameters);
        }
        Object parsed;
        try {
            parsed = JSON.readValue(body, Object.class);
        } catch (JacksonException e) {
            return reply(CkanActions.badRequest("de body is geen geldige JSON."));
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            return reply(CkanActions.badRequest("de body moet een JSON-object zijn."));
        }
        Map<String, Object> values = new HashMap<>();
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
        return reply(actions.call(action, new CkanParameters(values)));
    }

    static ResponseEntity<byte[]> reply(CkanActions.Reply reply) {
        return ResponseEntity.status(reply.status()).header(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
                .body(JSON.writeValueAsBytes(reply.body()));
    }
}
