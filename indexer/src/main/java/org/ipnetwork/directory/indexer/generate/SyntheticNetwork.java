package org.ipnetwork.directory.indexer.generate;

import java.util.function.Consumer;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;

/**
 * Any number of synthetic listings for load tests, handed one at a time to a sink: nothing is kept
 * between listings, so a million take no more memory than ten.
 */
final class SyntheticNetwork {

  private final ListingFactory factory;
  private final long seed;

  SyntheticNetwork(ReferenceData data, long seed) {
    this.factory = new ListingFactory(data, Provenance.synthetic(seed));
    this.seed = seed;
  }

  void generate(long count, Consumer<Listing> sink) {
    for (long n = 1; n <= count; n++) {
      sink.accept(listing(n));
    }
  }

  /** The n-th listing (from 1) of this seed; the same whatever the count. */
  Listing listing(long n) {
    var rng = Seeds.of(seed, n);
    Kind kind = Mix.KINDS.pick(rng);
    ListingSpec any = ListingSpec.any("gen-" + seed + "-" + n);
    ListingSpec spec =
        kind == Kind.PROVIDER ? any : new ListingSpec(any.id(), kind, null, null, null, null, null);
    return factory.build(spec, rng);
  }
}
