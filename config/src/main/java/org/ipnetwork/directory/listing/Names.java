package org.ipnetwork.directory.listing;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A name in Chinese, in English and as the organisation writes it itself.
 *
 * @param original the name in the organisation's own language (may equal {@code en})
 * @param originalLanguage ISO 639-1 code of {@code original}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Names(String zh, String en, String original, String originalLanguage) {}
