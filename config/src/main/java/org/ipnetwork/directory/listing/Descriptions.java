package org.ipnetwork.directory.listing;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Free text about the listing, kept apart per language so that each gets its own analysis. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Descriptions(String zh, String en) {}
