package org.ipnetwork.directory.indexer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Term;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The shipped sample file, read from the classpath as the backend and indexer read it. */
class SampleNetworkTest {

  private static final String RESOURCE = "sample/sample-network.ndjson";
  private static final Taxonomies TAXONOMIES = Taxonomies.bundled();
  private static byte[] file;
  private static List<Listing> sample;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = SampleNetworkTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
      file = in.readAllBytes();
    }
    JsonMapper mapper = ElasticsearchClients.jsonMapper().objectMapper();
    sample =
        new String(file, StandardCharsets.UTF_8)
            .lines()
            .map(line -> mapper.readValue(line, Listing.class))
            .toList();
  }

  @Test
  void fileIsWhatTheGeneratorWritesToday() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonSink sink = new NdjsonSink(out)) {
      new SampleNetwork(ReferenceData.load(TAXONOMIES)).generate(sink);
    }
    assertThat(out.toByteArray())
        .as("regenerate with: generate --sample --output config/src/main/resources/" + RESOURCE)
        .isEqualTo(file);
  }

  @Test
  void isAboutThreeThousandValidListingsUnderSixMegabytes() {
    assertThat(sample).hasSize(SampleNetwork.SIZE);
    assertThat(file.length).isLessThan(6_000_000);
    sample.forEach(ListingChecks::assertValid);
    assertThat(sample.get(0).id()).isEqualTo("sample-0001");
    assertThat(sample).extracting(Listing::id).doesNotHaveDuplicates();
  }

  @Test
  void saysEverywhereThatItIsFictional() {
    assertThat(sample).allMatch(l -> l.source().contains("sample"));
    assertThat(sample).allMatch(l -> l.name().en().endsWith("(sample)"));
    assertThat(sample).allMatch(l -> l.name().zh().endsWith("（示例）"));
    assertThat(sample)
        .allMatch(
            l ->
                l.contacts() == null
                    || l.contacts().website() == null
                    || l.contacts().website().endsWith(".example"));
    assertThat(sample).allMatch(l -> l.updatedAt() != null);
    assertThat(sample).extracting(l -> l.name().en()).doesNotHaveDuplicates();
  }

  @Test
  void coversEveryCountryContinentAndOrganisationType() {
    assertThat(codes(l -> l.location().country()))
        .isEqualTo(codesOf(TAXONOMIES.countries().terms()));
    assertThat(codes(l -> TAXONOMIES.continentOf(l.location().country())))
        .isEqualTo(codesOf(TAXONOMIES.continents().terms()));
    assertThat(codes(Listing::orgType)).isEqualTo(codesOf(TAXONOMIES.orgTypes().terms()));
  }

  @Test
  void hasWorkstationsAndMediationCentres() {
    List<Listing> workstations = ofKind(Kind.WORKSTATION);
    assertThat(workstations).hasSizeBetween(40, 60);
    assertThat(workstations)
        .extracting(Listing::orgType)
        .containsOnly("industrial_park", "industry_association", "law_firm", "chamber_of_commerce");
    List<Listing> centres = ofKind(Kind.MEDIATION_CENTRE);
    assertThat(centres.size()).isGreaterThanOrEqualTo(2);
    assertThat(centres).anyMatch(l -> l.name().zh().startsWith("粤港澳跨境知识产权调解中心"));
  }

  @Test
  void fillsAFirstPageForGermanTrademarkSearches() {
    assertThat(
            sample.stream()
                .filter(Listing::published)
                .filter(l -> l.location().country().equals("DE"))
                .filter(l -> l.services().contains("trademark")))
        .hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void hasBrazilianPatentLitigatorsAndVietnameseProviders() {
    assertThat(
            sample.stream()
                .filter(Listing::published)
                .filter(l -> l.location().country().equals("BR"))
                .filter(l -> l.services().containsAll(List.of("patent", "litigation"))))
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(sample.stream().filter(l -> l.location().country().equals("VN")))
        .hasSizeGreaterThanOrEqualTo(10);
  }

  private static List<Listing> ofKind(Kind kind) {
    return sample.stream().filter(l -> l.kind() == kind).toList();
  }

  private static Set<String> codes(java.util.function.Function<Listing, String> code) {
    return sample.stream().map(code).collect(Collectors.toSet());
  }

  private static Set<String> codesOf(java.util.Collection<Term> terms) {
    return terms.stream().map(Term::code).collect(Collectors.toSet());
  }
}
