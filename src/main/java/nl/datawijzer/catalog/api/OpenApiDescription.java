package nl.datawijzer.catalog.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title, description and authentication of the OpenAPI description at {@code /api/openapi}. */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    @Bean
    OpenAPI datawijzerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Datawijzer API").version("1")
                        .description("Alleen-lezen toegang tot de datacatalogus voor aangemelde medewerkers. "
                                + "Fouten volgen RFC 9457 (application/problem+json)."))
                .schemaRequirement("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
