package org.ipnetwork.directory.listing;

import java.time.LocalDate;

/**
 * Who last checked that the listing is still true, and when.
 *
 * @param verifiedBy staff member or body that checked
 */
public record Verification(String verifiedBy, LocalDate lastVerified) {}
