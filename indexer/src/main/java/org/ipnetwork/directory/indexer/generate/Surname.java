package org.ipnetwork.directory.indexer.generate;

/** A family name used to compose firm names, with a Chinese transliteration. */
record Surname(String latin, String zh) {}
