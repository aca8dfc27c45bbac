package org.ipnetwork.directory.listing;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How to reach a listing.
 *
 * @param website absolute http(s) URL
 * @param phone E.164, e.g. {@code +4989123456}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contacts(String website, String email, String phone) {}
