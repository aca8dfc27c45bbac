package org.ipnetwork.directory.backend.partner;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.staff.Needs;
import org.ipnetwork.directory.backend.staff.StaffPermission;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.backend.web.RequestParameters;
import org.ipnetwork.directory.partner.BaseUrl;
import org.ipnetwork.directory.partner.EmbedSnippets;
import org.ipnetwork.directory.partner.IssuedKey;
import org.ipnetwork.directory.partner.NewPartner;
import org.ipnetwork.directory.partner.Partner;
import org.ipnetwork.directory.partner.PartnerAdmin;
import org.ipnetwork.directory.partner.PartnerChanges;
import org.ipnetwork.directory.partner.PartnerUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Embedding partners, for admins: the operations of {@code indexer partners} in the workplace. A
 * plain key is in the answer of create and rotate only, never stored or logged.
 */
@RestController
@RequestMapping("/api/v1/admin/partners")
class PartnerAdminController {

  private static final Logger log = LoggerFactory.getLogger(PartnerAdminController.class);
  private static final int MAX_GRACE_HOURS = (int) PartnerAdmin.MAX_GRACE.toHours();

  /**
   * A new partner.
   *
   * @param id wanted identifier ({@code [a-z0-9][a-z0-9-]{1,62}}); left out: a random one
   * @param name display name
   * @param allowedOrigins origins of the partner's pages ({@code https://www.chamber.example})
   * @param scope facet parameter → codes its visitors see; empty or left out for all
   * @param requestsPerMinute the key's rate limit; left out: 600
   */
  record NewPartnerBody(
      String id,
      String name,
      List<String> allowedOrigins,
      Map<String, List<String>> scope,
      Integer requestsPerMinute) {}

  /**
   * A change; every field left out stays as it is.
   *
   * @param name new display name
   * @param allowedOrigins replaces the origins ([] for none)
   * @param scope replaces the scope ({} for all)
   * @param requestsPerMinute new rate limit
   */
  record ChangeBody(
      String name,
      List<String> allowedOrigins,
      Map<String, List<String>> scope,
      Integer requestsPerMinute) {}

  /**
   * @param graceHours how long the old key goes on working, 0 (at once, also when left out) to 720
   */
  record RotateBody(Integer graceHours) {}

  /**
   * A key just issued: shown this once.
   *
   * @param partner the partner
   * @param key the plain key
   * @param snippets {@code zh} and {@code en} → the script and iframe to paste
   */
  record IssuedKeyView(PartnerView partner, String key, Map<String, EmbedSnippets> snippets) {
    @Override
    public String toString() {
      return "IssuedKeyView[partner=" + partner.id() + "]";
    }
  }

  /**
   * A partner's requests per UTC day.
   *
   * @param partnerId the partner
   * @param days one entry per day, oldest first, zero for days without traffic
   */
  record UsageView(String partnerId, List<Day> days) {
    /**
     * @param date the UTC day
     * @param requests requests answered with the partner's key
     * @param rejected requests refused by its rate limit
     */
    record Day(LocalDate date, long requests, long rejected) {}
  }

  private final Partners partners;
  private final PublicBaseUrlProperties publicBaseUrl;
  private final Clock clock;

  PartnerAdminController(Partners partners, PublicBaseUrlProperties publicBaseUrl, Clock clock) {
    this.partners = partners;
    this.publicBaseUrl = publicBaseUrl;
    this.clock = clock;
  }

  @Operation(operationId = "listPartners", summary = "Every partner, never a key (ADMIN)")
  @GetMapping
  Mono<List<PartnerView>> list(@Needs(StaffPermission.MANAGE_PARTNERS) StaffPrincipal admin) {
    return Mono.zip(partners.list(), partners.recentRequests(7))
        .map(
            t ->
                t.getT1().stream()
                    .map(
                        p -> PartnerView.of(p, clock.instant(), t.getT2().getOrDefault(p.id(), 0L)))
                    .toList());
  }

  @Operation(
      operationId = "addPartner",
      summary = "Add a partner; its key and snippets are in this answer only (ADMIN)")
  @PostMapping
  Mono<ResponseEntity<IssuedKeyView>> add(
      @Needs(StaffPermission.MANAGE_PARTNERS) StaffPrincipal admin,
      @RequestBody NewPartnerBody body,
      ServerHttpRequest request) {
    BaseUrl base = baseUrl(request);
    NewPartner partner =
        new NewPartner(
            body.id() == null || body.id().isBlank() ? null : body.id().strip(),
            body.name(),
            body.allowedOrigins() == null ? List.of() : body.allowedOrigins(),
            body.scope(),
            body.requestsPerMinute() == null ? 600 : body.requestsPerMinute());
    return partners
        .add(partner)
        .map(
            issued -> {
              log.info("Partner {} added by {}", issued.partner().id(), admin.email());
              return ResponseEntity.created(URI.create(path(issued.partner().id())))
                  .body(issued(issued, base));
            });
  }

  @Operation(operationId = "getPartner", summary = "One partner, never its key (ADMIN)")
  @GetMapping("/{id}")
  Mono<PartnerView> get(
      @Needs(StaffPermission.MANAGE_PARTNERS) StaffPrincipal admin, @PathVariable String id) {
    return partners.get(id).map(this::view);
  }

  @Operation(
      operationId = "changePartner",
      summary = "Change name, origins, scope or limit (ADMIN)")
  @PatchMapping("/{id}")
  Mono<PartnerView> change(
      @Needs(StaffPermission.MANAGE_PARTNERS) StaffPrincipal admin,
      @PathVariable String id,
      @RequestBody ChangeBody body) {
    PartnerChanges changes =
        new PartnerChanges(
            body.name(), body.allowedOrigins(), body.scope(), body.requestsPerMinute());
    return partners
        .update(id, changes)
        .map(
            changed -> {
              log.info("Partner {} changed by {}", changed.id(), admin.email());
              return view(changed);
            });
  }

  @Operation(
      operationId = "rotatePartnerKey",
      summary =
          "Issue a new key; the old one works graceHours more. Key and snippets in this answer"
              + " only (ADMIN)")
  @PostMapping("/{id}/rotate")
  Mono<IssuedKeyView> rotate(
      @Needs(StaffPermission.MANAGE_PARTNERS) StaffPrincipal admin,
      @PathVariable String id,
      @RequestBody(required = false) RotateBody body,
      ServerHttpRequest request) {
    int hours = body == null || body.graceHours() == null ? 0 : body.graceHours();
    if (hours < 0 || hours > MAX_GRACE_HOURS) {
      throw new InvalidParameterException(
          "graceHours", "graceHours must be between 0 and " + MAX_GRACE_HOURS + ".");
    }
    BaseUrl base = baseUrl(request);
    return partners
        .rotate(id, Duration.ofHours(hours))
        .map(
            issued -> {
              log.info(
                  "Partner {} got a new key from {}, the old one working {} h more",
                  id,
                  admin.email(),
                  hours);
              return issued(issued, base);
            });
  }

  @Operation(
      operationId = "revokePartner",
      summary = "Remove both keys and disable the partner (ADMIN)")
  @PostMapping("/{id}/revoke")
  Mono<PartnerView> revoke(
      @Needs(StaffPermission.MANAGE_PARTNERS) StaffPrincipal admin, @PathVariable String id) {
    return partners.revoke(id).map(p -> logged(p, "revoked", admin));
  }

  @Operation(operationId = "enablePartner", summary = "Switch a partner on (ADMIN)")
  @PostMapping("/{id}/enable")
  Mono<PartnerView> enable(
      @Needs(StaffPermission.MANAGE_PARTNERS) StaffPrincipal admin, @PathVariable String id) {
    return partners.setEnabled(id, true).map(p -> logged(p, "enabled", admin));
  }

  @Operation(
      operationId = "disablePartner",
      summary = "Switch a partner off, keeping its key (ADMIN)")
  @PostMapping("/{id}/disable")
  Mono<PartnerView> disable(
      @Needs(StaffPermission.MANAGE_PARTNERS) StaffPrincipal admin, @PathVariable String id) {
    return partners.setEnabled(id, false).map(p -> logged(p, "disabled", admin));
  }

  @Operation(
      operationId = "partnerUsage",
      summary = "A partner's requests per UTC day, oldest first, zero-filled (ADMIN)")
  @GetMapping("/{id}/usage")
  Mono<UsageView> usage(
      @Needs(StaffPermission.MANAGE_PARTNERS) StaffPrincipal admin,
      @PathVariable String id,
      @RequestParam(name = "days", required = false) String days) {
    int n =
        RequestParameters.integer(
            days, "days", PartnerAdmin.DEFAULT_USAGE_DAYS, 1, PartnerAdmin.MAX_USAGE_DAYS);
    return partners
        .usage(id, n)
        .map(
            all ->
                new UsageView(
                    id,
                    all.stream()
                        .map(
                            (PartnerUsage u) ->
                                new UsageView.Day(u.date(), u.requests(), u.rejected()))
                        .toList()));
  }

  private PartnerView logged(Partner p, String what, StaffPrincipal admin) {
    log.info("Partner {} {} by {}", p.id(), what, admin.email());
    return view(p);
  }

  private PartnerView view(Partner p) {
    return PartnerView.of(p, clock.instant(), null);
  }

  private IssuedKeyView issued(IssuedKey issued, BaseUrl base) {
    Map<String, EmbedSnippets> snippets = new LinkedHashMap<>();
    for (String lang : List.of("zh", "en")) {
      snippets.put(lang, EmbedSnippets.of(base, issued.key(), lang));
    }
    return new IssuedKeyView(view(issued.partner()), issued.key(), snippets);
  }

  /** The configured public base URL, or the scheme, host and port this request came to. */
  private BaseUrl baseUrl(ServerHttpRequest request) {
    return publicBaseUrl
        .baseUrl()
        .orElseGet(
            () -> {
              URI uri = request.getURI();
              try {
                return BaseUrl.parse(uri.getScheme() + "://" + uri.getRawAuthority());
              } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(
                    "Host",
                    "The request's host cannot be used in snippets; set"
                        + " directory.public-base-url.");
              }
            });
  }

  private static String path(String id) {
    return "/api/v1/admin/partners/" + id;
  }
}
