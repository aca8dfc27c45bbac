package org.ipnetwork.directory.indexer.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Status;

/**
 * The fictional sample network shipped with the directory. A fixed plan first guarantees what demos
 * and search tests rely on (every country, continent and organisation type; workstations; mediation
 * centres; enough German trademark firms for a full first page), then chance fills the rest with
 * the same skew as the open generator.
 */
final class SampleNetwork {

  static final long SEED = 20_261_001L;
  static final int SIZE = 3_000;
  private static final int WORKSTATIONS = 48;
  private static final int MAX_ATTEMPTS = 50;

  private final ReferenceData data;
  private final ListingFactory factory;

  SampleNetwork(ReferenceData data) {
    this.data = data;
    this.factory = new ListingFactory(data, Provenance.sample());
  }

  void generate(Consumer<Listing> sink) {
    List<ListingSpec> plan = plan();
    // Only names are remembered, to avoid two identical firms in a 3,000-listing demo; the open
    // generator, meant for a million, keeps nothing.
    Set<String> names = new HashSet<>();
    for (int n = 1; n <= SIZE; n++) {
      String id = String.format("sample-%04d", n);
      ListingSpec spec = n <= plan.size() ? withId(plan.get(n - 1), id) : ListingSpec.any(id);
      sink.accept(unique(spec, n, names));
    }
  }

  private Listing unique(ListingSpec spec, int n, Set<String> names) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Random rng = Seeds.of(SEED + attempt, n);
      Listing listing = factory.build(spec, rng);
      if (names.add(listing.name().en())) {
        return listing;
      }
    }
    throw new IllegalStateException("no unique name for " + spec.id());
  }

  private List<ListingSpec> plan() {
    List<ListingSpec> plan = new ArrayList<>();
    plan.add(
        new ListingSpec(
            null,
            Kind.MEDIATION_CENTRE,
            "mediation_centre",
            "HK",
            List.of("mediation", "training"),
            Status.PUBLISHED,
            new Names(
                "粤港澳跨境知识产权调解中心（示例）",
                "Guangdong-Hong Kong-Macao Cross-border IP Mediation Centre (sample)",
                "粤港澳跨境知识产权调解中心（示例）",
                "zh")));
    plan.add(centre("arbitration_institution", "SG"));
    plan.add(centre("mediation_centre", "DE"));
    plan.add(centre("arbitration_institution", "AE"));
    List<CountryProfile> byTrade = new ArrayList<>(data.countries());
    byTrade.sort(Comparator.comparingDouble(CountryProfile::tradeWeight).reversed());
    for (int i = 0; i < WORKSTATIONS; i++) {
      String country = byTrade.get(i < 40 ? i : i - 40).code();
      plan.add(published(Kind.WORKSTATION, null, country, List.of()));
    }
    List<String> providerTypes = Mix.PROVIDER_TYPES.items();
    int k = 0;
    for (CountryProfile country : data.countries()) {
      plan.add(
          published(
              Kind.PROVIDER,
              providerTypes.get(k++ % providerTypes.size()),
              country.code(),
              List.of()));
    }
    // "德国 商标" must fill a first page with German trademark firms.
    repeat(plan, 24, "DE", List.of("trademark"), "trademark_agency", "ip_agency", "law_firm");
    repeat(plan, 8, "BR", List.of("patent", "litigation"), "law_firm");
    repeat(
        plan,
        10,
        "VN",
        List.of(),
        "ip_agency",
        "law_firm",
        "trademark_agency",
        "investigation_firm");
    repeat(plan, 8, "US", List.of("patent", "litigation"), "law_firm", "patent_agency");
    repeat(plan, 6, "JP", List.of("patent"), "patent_agency", "ip_agency");
    return plan;
  }

  private static void repeat(
      List<ListingSpec> plan, int count, String country, List<String> services, String... types) {
    for (int i = 0; i < count; i++) {
      plan.add(published(Kind.PROVIDER, types[i % types.length], country, services));
    }
  }

  private static ListingSpec centre(String orgType, String country) {
    return published(Kind.MEDIATION_CENTRE, orgType, country, List.of());
  }

  private static ListingSpec published(
      Kind kind, String orgType, String country, List<String> services) {
    return new ListingSpec(null, kind, orgType, country, services, Status.PUBLISHED, null);
  }

  private static ListingSpec withId(ListingSpec s, String id) {
    return new ListingSpec(
        id, s.kind(), s.orgType(), s.country(), s.services(), s.status(), s.name());
  }
}
