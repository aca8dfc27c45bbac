package org.ipnetwork.directory.elasticsearch;

/**
 * Where the directory's data lives, as the backend's properties and the indexer's options both
 * describe it; {@link ElasticsearchConnection#open} acts on it.
 *
 * @param connection the nodes of an external cluster and how to reach them; no URLs means the
 *     embedded node, which is then reached with these credentials and timeouts
 * @param embedded how to run the embedded node; unused with an external cluster
 */
public record ElasticsearchSettings(ConnectionSettings connection, EmbeddedSettings embedded) {}
