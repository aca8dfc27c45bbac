package org.ipnetwork.directory.backend.verification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ipnetwork.directory.backend.editing.ProviderChanges;
import org.ipnetwork.directory.backend.staff.StaffAccess;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.springframework.stereotype.Component;

/**
 * Whose providers a staff member asks: the listings named (each published and inside the member's
 * scope), or the due listings of a country (and kind) inside the scope.
 *
 * <p>Blocking: called off the event loop.
 */
@Component
class AskedListings {

  /**
   * Whom to ask: the listings named, or every due listing of a country (and kind).
   *
   * @param listingIds up to 100 listings, each published and inside the member's scope
   * @param country a country code: its due listings, when {@code listingIds} is empty
   * @param kind with {@code country}: only listings of this kind
   */
  record Ask(List<String> listingIds, String country, String kind) {}

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private final VerificationQueue queue;
  private final ProviderChanges listings;

  AskedListings(VerificationQueue queue, ProviderChanges listings) {
    this.queue = queue;
    this.listings = listings;
  }

  List<VerificationQueue.Due> chosen(StaffPrincipal staff, Ask body) throws IOException {
    if (body == null) {
      throw new InvalidParameterException("listingIds", "Name listingIds or a country.");
    }
    List<String> ids = body.listingIds() == null ? List.of() : body.listingIds();
    if (!ids.isEmpty()) {
      if (ids.size() > VerificationAdminController.MAX_SIZE) {
        throw new InvalidParameterException(
            "listingIds", "At most " + VerificationAdminController.MAX_SIZE + " listings.");
      }
      List<VerificationQueue.Due> out = new ArrayList<>();
      for (String id : ids) {
        Listing l =
            listings
                .publishedListing(id)
                .orElseThrow(() -> new NotFoundException("There is no published listing " + id));
        StaffAccess.requireInside(staff, l);
        out.add(
            new VerificationQueue.Due(
                l.id(),
                l.name(),
                l.location() == null ? null : l.location().country(),
                l.kind() == null ? null : l.kind().code(),
                l.contacts() == null ? null : l.contacts().email(),
                l.verification() == null ? null : l.verification().lastVerified(),
                null));
      }
      return out;
    }
    if (body.country() == null) {
      throw new InvalidParameterException("listingIds", "Name listingIds or a country.");
    }
    return queue.all(staff.scope(), filter(body.country(), body.kind()));
  }

  static VerificationQueue.Filter filter(String country, String kind) {
    if (country != null && !COUNTRY.matcher(country).matches()) {
      throw new InvalidParameterException("country", "country is a code like DE.");
    }
    if (kind != null
        && java.util.Arrays.stream(Kind.values()).noneMatch(k -> k.code().equals(kind))) {
      throw new InvalidParameterException(
          "kind", "kind is provider, workstation or mediation_centre.");
    }
    return new VerificationQueue.Filter(country, kind);
  }
}
