package org.ipnetwork.directory.backend.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ipnetwork.directory.backend.context.Caller;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.partner.PublicBaseUrlProperties;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.partner.BaseUrl;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). The
 * controllers take their parameters as one map (so that each bad value can be named), which
 * springdoc cannot see; the shared filter, paging and error documentation is added here once
 * instead of on every method. The facet parameters are derived from {@link Facet}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

  static {
    // Resolved from the request (lang, Accept-Language, the partner key, the staff session), not
    // parameters as such.
    SpringDocUtils.getConfig()
        .addRequestWrapperToIgnore(Lang.class, Scope.class, Caller.class, StaffPrincipal.class);
  }

  static final String PROBLEM = "Problem";

  /** Operations that take the search filters. */
  static final Set<String> FILTERED = Set.of("search", "facetValues", "map");

  /**
   * The server URL is {@code directory.public-base-url}, else {@code /} (relative to the document):
   * never the request's {@code Host}, which a client chooses and a cache could keep for others.
   */
  @Bean
  OpenAPI directoryOpenApi(PublicBaseUrlProperties publicBaseUrl) {
    String server = publicBaseUrl.baseUrl().map(BaseUrl::value).orElse("/");
    return new OpenAPI()
        .servers(List.of(new Server().url(server)))
        .info(
            new Info()
                .title("Global IP protection service network directory")
                .version("v1")
                .description(
                    "Public, read-only search API. Labels in lang=zh|en (default from"
                        + " Accept-Language, else zh). Every error is RFC 9457"
                        + " application/problem+json with a stable type URI; 400s name the"
                        + " parameter. See docs/api.md and docs/search.md."));
  }

  /**
   * The public API, at {@code /v3/api-docs/public} (and, with the workplace, {@code /v3/api-docs}).
   */
  @Bean
  GroupedOpenApi publicApi() {
    return GroupedOpenApi.builder()
        .group("public")
        .pathsToMatch("/api/v1/**")
        .pathsToExclude("/api/v1/admin/**")
        .addOpenApiCustomizer(directoryApiCustomizer())
        .build();
  }

  /**
   * The staff workplace's API, at {@code /v3/api-docs/staff}: session sign-in with a CSRF token,
   * problem+json errors (docs/staff.md).
   */
  @Bean
  GroupedOpenApi staffApi() {
    return GroupedOpenApi.builder()
        .group("staff")
        .pathsToMatch("/api/v1/admin/**")
        .addOpenApiCustomizer(
            openApi ->
                openApi.info(
                    new Info()
                        .title("Staff workplace API")
                        .version("v1")
                        .description(
                            "For signed-in staff (session cookie). Every change needs the"
                                + " XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header. 401: not"
                                + " signed in or session ended; 403: role, scope or CSRF token;"
                                + " 429: too many failed sign-ins. Drafts of listings carry"
                                + " their version as ETag; every change of a draft needs it in"
                                + " If-Match (428 without, 412 with the current draft when"
                                + " stale). Errors are RFC 9457 problem+json. See"
                                + " docs/staff.md.")))
        .build();
  }

  @Bean
  OpenApiCustomizer directoryApiCustomizer() {
    return openApi -> {
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      openApi
          .getPaths()
          .forEach(
              (path, item) -> {
                if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/admin")) {
                  return;
                }
                item.readOperations().forEach(op -> document(op));
              });
    };
  }

  private static void document(Operation op) {
    String id = op.getOperationId();
    if (FILTERED.contains(id)) {
      filters().forEach(op::addParametersItem);
    }
    if ("search".equals(id)) {
      paging().forEach(op::addParametersItem);
    }
    if ("facetValues".equals(id) && op.getParameters() != null) {
      op.getParameters().stream()
          .filter(p -> "facet".equals(p.getName()))
          .forEach(
              p ->
                  p.description("The facet: " + String.join(", ", Facet.parameters()) + ".")
                      .schema(new StringSchema()._enum(Facet.parameters())));
    }
    op.getResponses()
        .addApiResponse(
            "400",
            problem(
                "Invalid parameter (type .../invalid-parameter); `parameter` names it: unknown"
                    + " code, size over 50, q over its limit, bad cursor, near, radius, sort,"
                    + " precision or lang, or a value outside the partner scope."))
        .addApiResponse(
            "503",
            problem(
                    "The index did not answer in time or cannot be reached (type"
                        + " .../search-unavailable). Retry after the Retry-After seconds.")
                .addHeaderObject(
                    "Retry-After",
                    new Header().description("Seconds to wait").schema(new IntegerSchema())))
        .addApiResponse("500", problem("Unexpected error (type .../internal-error)."));
    if (id != null && id.startsWith("instantSearch")) {
      op.getResponses()
          .addApiResponse(
              "400",
              problem(
                  "Invalid parameter (type .../invalid-parameter); `parameter` names it as the"
                      + " InstantSearch client does: requests (the body), params, query,"
                      + " hitsPerPage (0 to 50), page (0 to 499), facets, facetFilters (unknown"
                      + " attribute or value, negation, an OR group across facets, a value"
                      + " outside the partner scope), numericFilters (verified only), filters,"
                      + " tagFilters, aroundLatLng, aroundRadius, lang, facetValues, facet,"
                      + " facetQuery, maxFacetHits."))
          .addApiResponse(
              "401",
              problem(
                  "Unknown or revoked partner key, sent as x-algolia-api-key (header or query"
                      + " parameter), X-Partner-Key or key (type .../unauthorized)."));
    }
    if ("listing".equals(id) || "facetValues".equals(id)) {
      op.getResponses()
          .addApiResponse(
              "404", problem("Unknown listing or facet, or not published (type .../not-found)."));
    }
    if ("listings".equals(id) || "listingsCsv".equals(id)) {
      op.getResponses()
          .addApiResponse(
              "400",
              problem(
                  "Parameter ids (type .../invalid-parameter): missing, a malformed id, or more"
                      + " than 50 ids."));
    }
    if ("reportCorrection".equals(id)) {
      op.getResponses()
          .addApiResponse(
              "400",
              problem(
                  "Refused fields (type .../invalid-fields): `errors` lists {field, message} per"
                      + " field, messages in lang; an id that cannot be a listing's is"
                      + " .../invalid-parameter."))
          .addApiResponse(
              "404",
              problem(
                  "Unknown listing, not published or outside the partner scope (type"
                      + " .../not-found)."))
          .addApiResponse(
              "429",
              problem("Too many reports from this address (type .../rate-limited).")
                  .addHeaderObject(
                      "Retry-After",
                      new Header().description("Seconds to wait").schema(new IntegerSchema())));
    }
  }

  private static List<Parameter> filters() {
    List<Parameter> out = new ArrayList<>();
    for (Facet facet : Facet.all()) {
      out.add(multi(facet.parameter(), facet.codes()));
    }
    out.addAll(
        List.of(
            query(
                "verified", new BooleanSchema(), "true: only verified listings; false: only not."),
            query(
                "near",
                new StringSchema().maxLength(100),
                "lat,lon (e.g. 48.14,11.58) or a city name in Latin script or Chinese (Munich, 慕尼黑, San Jose,US): distance filter."),
            query(
                "radius",
                new StringSchema().example("50km"),
                "Kilometres, e.g. 50km; default 100km, max 2000km. Needs near."),
            query("lang", new StringSchema()._enum(List.of("zh", "en")), "Label language.")));
    return out;
  }

  private static List<Parameter> paging() {
    return List.of(
        query(
            "sort",
            new StringSchema()._enum(List.of("relevance", "name", "distance", "verified")),
            "Default relevance. name: in the answer language (Chinese in pinyin order)."
                + " distance needs near."),
        query(
            "page",
            new IntegerSchema()
                .minimum(java.math.BigDecimal.ONE)
                .maximum(new java.math.BigDecimal(500)),
            "1-based page; page × size ≤ 10000. Not with cursor."),
        query(
            "size",
            new IntegerSchema()
                .minimum(java.math.BigDecimal.ONE)
                .maximum(new java.math.BigDecimal(50)),
            "Hits per page, default 20."),
        query(
            "cursor",
            new StringSchema().maxLength(2000),
            "Opaque cursor from the previous answer, for the next page (search_after)."));
  }

  private static Parameter multi(String name, String description) {
    return new Parameter()
        .in("query")
        .name(name)
        .description(description + " Repeat the parameter or separate with commas; ORed.")
        .explode(true)
        .schema(new ArraySchema().items(new StringSchema()));
  }

  private static Parameter query(String name, Schema<?> schema, String description) {
    return new Parameter().in("query").name(name).description(description).schema(schema);
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    "application/problem+json",
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  private static Schema<?> problemSchema() {
    return new ObjectSchema()
        .description("RFC 9457 problem details")
        .addProperty("type", new StringSchema().format("uri"))
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema())
        .addProperty("parameter", new StringSchema().description("400 only: the parameter"));
  }
}
