package org.ipnetwork.directory.backend.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bundled sample network.
 *
 * @param loadWhenEmpty load it at start-up when the listings index holds nothing
 * @param resource classpath location of the NDJSON file (one listing per line)
 */
@ConfigurationProperties("directory.sample")
record SampleProperties(
    @DefaultValue("true") boolean loadWhenEmpty,
    @DefaultValue("sample/sample-network.ndjson") String resource) {}
