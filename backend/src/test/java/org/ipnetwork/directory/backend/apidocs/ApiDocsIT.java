package org.ipnetwork.directory.backend.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.ipnetwork.directory.backend.FixtureApi;
import org.junit.jupiter.api.Test;

/** The OpenAPI document lists every public route with its parameters and problem answers. */
class ApiDocsIT extends FixtureApi {

  @Test
  void everyRouteIsDocumentedWithParametersAndProblems() {
    var spec =
        http()
            // The first call builds the document; on a busy machine that outlasts the 5 s default.
            .mutate()
            .responseTimeout(Duration.ofSeconds(60))
            .build()
            .get()
            .uri("/v3/api-docs")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.paths['/api/v1/search'].get.operationId")
            .isEqualTo("search")
            .jsonPath("$.paths['/api/v1/search'].get.parameters[?(@.name == 'cursor')]")
            .exists()
            .jsonPath("$.paths['/api/v1/search'].get.parameters[?(@.name == 'near')]")
            .exists()
            .jsonPath(
                "$.paths['/api/v1/search'].get.responses['400'].content['application/problem+json']")
            .exists()
            .jsonPath("$.paths['/api/v1/search'].get.responses['503'].headers['Retry-After']")
            .exists()
            .jsonPath("$.paths['/api/v1/map'].get.parameters[?(@.name == 'precision')]")
            .exists()
            .jsonPath("$.paths['/api/v1/facets/{facet}/values'].get.responses['404']")
            .exists()
            .jsonPath("$.paths['/api/v1/listings/{id}'].get.responses['404']")
            .exists()
            .jsonPath("$.paths['/api/v1/listings'].get.parameters[?(@.name == 'ids')]")
            .exists()
            .jsonPath("$.paths['/api/v1/listings'].get.responses['400']")
            .exists()
            .jsonPath("$.paths['/api/v1/listings.csv'].get.responses['200'].content['text/csv']")
            .exists()
            .jsonPath("$.paths['/api/v1/listings/{id}/corrections'].post.operationId")
            .isEqualTo("reportCorrection")
            .jsonPath("$.paths['/api/v1/listings/{id}/corrections'].post.responses['404']")
            .exists()
            .jsonPath(
                "$.paths['/api/v1/listings/{id}/corrections'].post.responses['429']"
                    + ".headers['Retry-After']")
            .exists()
            .jsonPath("$.paths['/api/v1/suggest'].get.parameters[?(@.name == 'q')]")
            .exists()
            .jsonPath("$.paths['/api/v1/taxonomies'].get")
            .exists()
            .jsonPath("$.paths['/api/v1/instantsearch/1/indexes/{index}/queries'].post.operationId")
            .isEqualTo("instantSearchQueries")
            .jsonPath(
                "$.paths['/api/v1/instantsearch/1/indexes/{index}/facets/{facet}/query']"
                    + ".post.responses['400'].content['application/problem+json']")
            .exists()
            .jsonPath("$.components.schemas.Problem.properties.parameter")
            .exists()
            // One parameter per facet, derived from the facet list; lang and scope are resolved
            // from the request and not parameters of their own.
            .jsonPath("$.paths['/api/v1/search'].get.parameters[?(@.name == 'orgType')]")
            .exists()
            .jsonPath("$.paths['/api/v1/search'].get.parameters[?(@.name == 'scope')]")
            .doesNotExist()
            .jsonPath("$.paths['/api/v1/search'].get.parameters[?(@.name == 'lang')].in")
            .isEqualTo(java.util.List.of("query"))
            .jsonPath(
                "$.paths['/api/v1/facets/{facet}/values'].get.parameters[?(@.name == 'facet')]"
                    + ".schema.enum[*]")
            .isEqualTo(
                java.util.List.of(
                    "continent",
                    "country",
                    "region",
                    "industry",
                    "service",
                    "kind",
                    "orgType",
                    "language"))
            .returnResult()
            .getResponseBody();
    // The raw parameter map of the controllers is no parameter of its own (the InstantSearch
    // answer has a property of that name, which Algolia's shape needs).
    assertThat(new String(spec, java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("\"name\":\"params\"");
  }

  @Test
  void theWorkplaceApiIsAGroupOfItsOwn() {
    http()
        .mutate()
        .responseTimeout(Duration.ofSeconds(60))
        .build()
        .get()
        .uri("/v3/api-docs/staff")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.info.title")
        .isEqualTo("Staff workplace API")
        .jsonPath("$.paths['/api/v1/admin/session'].post.operationId")
        .isEqualTo("signIn")
        .jsonPath("$.paths['/api/v1/admin/staff/{email}'].patch.operationId")
        .isEqualTo("changeStaff")
        .jsonPath("$.paths['/api/v1/admin/listings'].get.operationId")
        .isEqualTo("searchEditedListings")
        .jsonPath("$.paths['/api/v1/admin/listings/{id}/draft'].put.operationId")
        .isEqualTo("saveDraft")
        .jsonPath("$.paths['/api/v1/admin/listings/{id}/draft/publish'].post.operationId")
        .isEqualTo("publishDraft")
        .jsonPath("$.paths['/api/v1/admin/listings/{id}/history/{entry}/restore'].post.operationId")
        .isEqualTo("restoreVersion")
        .jsonPath("$.paths['/api/v1/admin/partners'].post.operationId")
        .isEqualTo("addPartner")
        .jsonPath("$.paths['/api/v1/admin/partners/{id}'].patch.operationId")
        .isEqualTo("changePartner")
        .jsonPath("$.paths['/api/v1/admin/partners/{id}/rotate'].post.operationId")
        .isEqualTo("rotatePartnerKey")
        .jsonPath("$.paths['/api/v1/admin/partners/{id}/usage'].get.operationId")
        .isEqualTo("partnerUsage")
        .jsonPath("$.paths['/api/v1/admin/exports'].get.operationId")
        .isEqualTo("exportListings")
        .jsonPath("$.paths['/api/v1/admin/exports/count'].get.operationId")
        .isEqualTo("countExport")
        .jsonPath("$.paths['/api/v1/admin/corrections'].get.operationId")
        .isEqualTo("listCorrections")
        .jsonPath("$.paths['/api/v1/admin/corrections/{id}/dismiss'].post.operationId")
        .isEqualTo("dismissCorrection")
        .jsonPath("$.paths['/api/v1/admin/uploads'].post.operationId")
        .isEqualTo("startUpload")
        .jsonPath("$.paths['/api/v1/admin/uploads/{id}/apply'].post.operationId")
        .isEqualTo("applyUpload")
        .jsonPath("$.paths['/api/v1/search']")
        .doesNotExist();
    http()
        .mutate()
        .responseTimeout(Duration.ofSeconds(60))
        .build()
        .get()
        .uri("/v3/api-docs/public")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/api/v1/search'].get.responses['503']")
        .exists()
        .jsonPath("$.paths['/api/v1/admin/session']")
        .doesNotExist()
        .jsonPath("$.paths['/api/v1/admin/partners']")
        .doesNotExist();
  }

  /**
   * The server URL is configuration ({@code directory.public-base-url}; unset here: relative),
   * never what a client put in Host or X-Forwarded-Host, which a shared cache would hand on.
   */
  @Test
  void aForgedHostIsNotReflectedInTheServerUrl() {
    for (String path : List.of("/v3/api-docs", "/v3/api-docs/public", "/v3/api-docs/staff")) {
      byte[] body =
          http()
              .mutate()
              .responseTimeout(Duration.ofSeconds(60))
              .build()
              .get()
              .uri(path)
              .header("Host", "attacker.example")
              .header("X-Forwarded-Host", "forwarded.attacker.example")
              .exchange()
              .expectStatus()
              .isOk()
              .expectBody()
              .jsonPath("$.servers[0].url")
              .isEqualTo("/")
              .returnResult()
              .getResponseBodyContent();
      assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8))
          .as(path)
          .doesNotContain("attacker.example");
    }
  }

  @Test
  void swaggerUiIsServed() {
    http().get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
  }
}
