package org.ipnetwork.directory.validation;

/**
 * Why one field of a row cannot be imported.
 *
 * @param field column name as in docs/import-format.md, or {@code row} for the row as a whole
 */
public record Problem(String field, String reason) {}
