package org.ipnetwork.directory.indexer.generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.ipnetwork.directory.geo.City;
import org.ipnetwork.directory.listing.Contacts;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.listing.Workstation;

/**
 * Builds one listing from a spec and a random source. It holds only immutable reference data, so
 * the same spec and seed always give the same listing, whatever was generated before.
 */
final class ListingFactory {

  /**
   * The "now" of generated data. Dates are fixed relative to it rather than to the wall clock, so
   * that a seed gives the same bytes on every run.
   */
  static final Instant EPOCH = Instant.parse("2026-10-01T00:00:00Z");

  private static final Set<String> BIG_CITY_TYPES =
      Set.of(
          "ip_protection_centre",
          "industry_association",
          "chamber_of_commerce",
          "mediation_centre",
          "arbitration_institution",
          "government_agency",
          "industrial_park",
          "university_tto");

  private final ReferenceData data;
  private final Provenance provenance;
  private final Naming naming;
  private final DescriptionText text;
  private final Workstations workstations;
  private final Weighted<CountryProfile> countries;
  private final Map<String, Integer> serviceOrder;

  ListingFactory(ReferenceData data, Provenance provenance) {
    this.data = data;
    this.provenance = provenance;
    this.naming = new Naming(data);
    this.text = new DescriptionText(data.taxonomies());
    this.countries =
        new Weighted<>(
            List.copyOf(data.countries()),
            data.countries().stream().map(CountryProfile::tradeWeight).toList());
    this.workstations = new Workstations(data, naming, countries);
    this.serviceOrder = order(data.taxonomies().services().terms().stream().map(t -> t.code()));
  }

  Listing build(ListingSpec spec, Random rng) {
    CountryProfile country =
        spec.country() != null ? data.country(spec.country()) : countries.pick(rng);
    String orgType = spec.orgType();
    Kind kind = spec.kind();
    if (orgType == null) {
      orgType =
          kind == Kind.WORKSTATION
              ? null
              : kind == Kind.MEDIATION_CENTRE
                  ? Mix.MEDIATION_TYPES.pick(rng)
                  : Mix.PROVIDER_TYPES.pick(rng);
    }
    if (kind == null) {
      kind = Mix.MEDIATION_TYPES.items().contains(orgType) ? Kind.MEDIATION_CENTRE : Kind.PROVIDER;
    }
    City city =
        kind != Kind.PROVIDER || BIG_CITY_TYPES.contains(orgType)
            ? country.majorCities().pick(rng)
            : country.cities().pick(rng);
    List<String> industries = industries(kind, rng);
    Names name;
    Workstation workstation = null;
    if (kind == Kind.WORKSTATION) {
      Workstations.Design design = workstations.design(country, city, industries, provenance, rng);
      orgType = orgType == null ? design.hostType() : orgType;
      name = design.name();
      workstation = design.workstation();
    } else {
      String industry = industries.isEmpty() ? Mix.INDUSTRIES.pick(rng) : industries.get(0);
      name = naming.names(orgType, country, city, industry, provenance.marker(), rng);
    }
    if (spec.name() != null) {
      name = spec.name();
    }
    List<String> services =
        services(kind == Kind.WORKSTATION ? "workstation" : orgType, spec.services(), rng);
    boolean complete = kind != Kind.PROVIDER;
    String domain = Naming.domain(name.en());
    Contacts contacts =
        new Contacts(
            complete || rng.nextInt(100) < 95 ? "https://" + domain : null,
            complete || rng.nextInt(100) < 90 ? Naming.email(domain, rng) : null,
            complete || rng.nextInt(100) < 92 ? country.phone().next(rng) : null);
    // As import reads it: no contact at all is no contacts object.
    if (contacts.website() == null && contacts.email() == null && contacts.phone() == null) {
      contacts = null;
    }
    Status status = spec.status() != null ? spec.status() : Mix.STATUSES.pick(rng);
    Listing listing =
        Listing.builder()
            .id(spec.id())
            .kind(kind)
            .name(name)
            .orgType(orgType)
            .location(
                new Location(
                    country.code(),
                    city.name(),
                    city.nameZh(),
                    Naming.address(country, city, rng),
                    jitter(city, rng)))
            .services(services)
            .industries(industries)
            .languages(languages(country, kind, rng))
            .contacts(contacts)
            .workstation(workstation)
            .status(status)
            .source(provenance.source())
            .build();
    listing = listing.withDescription(text.of(listing, provenance, rng));
    return Timeline.stamp(listing, country, data, rng);
  }

  private List<String> services(String mixKey, List<String> required, Random rng) {
    Set<String> chosen = new LinkedHashSet<>(required);
    data.serviceMix(mixKey)
        .forEach(
            (service, chance) -> {
              if (chance >= 1 || rng.nextDouble() < chance) {
                chosen.add(service);
              }
            });
    List<String> sorted = new ArrayList<>(chosen);
    sorted.sort((a, b) -> serviceOrder.get(a) - serviceOrder.get(b));
    return sorted;
  }

  /** Most providers name one to three industries; workstations and centres always do. */
  private static List<String> industries(Kind kind, Random rng) {
    if (kind == Kind.PROVIDER && rng.nextInt(100) < 20) {
      return List.of();
    }
    int count = 1 + rng.nextInt(3);
    Set<String> chosen = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      chosen.add(Mix.INDUSTRIES.pick(rng));
    }
    return List.copyOf(chosen);
  }

  /**
   * The local languages (the usual one always), then English for most and Chinese for some;
   * workstations and centres serve Guangdong companies, so they always speak both.
   */
  private static List<String> languages(CountryProfile country, Kind kind, Random rng) {
    Set<String> out = new LinkedHashSet<>();
    List<String> local = country.languages();
    out.add(local.get(0));
    for (int i = 1; i < local.size(); i++) {
      if (rng.nextBoolean()) {
        out.add(local.get(i));
      }
    }
    boolean serving = kind != Kind.PROVIDER;
    if (serving || local.contains("en") || rng.nextInt(100) < 85) {
      out.add("en");
    }
    if (serving || local.contains("zh") || rng.nextInt(100) < 30) {
      out.add("zh");
    }
    return List.copyOf(out);
  }

  /** Within about 2 km of the city centre, so that listings in one city do not stack on a map. */
  private static GeoPoint jitter(City city, Random rng) {
    double lat = city.lat() + (rng.nextDouble() - 0.5) * 0.04;
    double lon =
        city.lon() + (rng.nextDouble() - 0.5) * 0.04 / Math.max(0.2, Math.cos(Math.toRadians(lat)));
    return new GeoPoint(
        round(Math.max(-90, Math.min(90, lat))), round(Math.max(-180, Math.min(180, lon))));
  }

  private static double round(double degrees) {
    return Math.round(degrees * 100_000) / 100_000.0;
  }

  private static Map<String, Integer> order(Stream<String> codes) {
    List<String> list = codes.toList();
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      out.put(list.get(i), i);
    }
    return out;
  }
}
