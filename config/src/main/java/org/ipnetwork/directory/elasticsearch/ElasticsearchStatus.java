package org.ipnetwork.directory.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.elasticsearch.client.ResponseException;

/**
 * The HTTP status Elasticsearch answered a failed call with. The client raises one answer in
 * several shapes: a refused write (409) comes as an {@link ElasticsearchException} or, depending on
 * the call, as the low-level client's {@link ResponseException} (an {@code IOException}).
 */
public final class ElasticsearchStatus {

  /** No answer: the call failed before Elasticsearch said anything. */
  public static final int NONE = -1;

  private ElasticsearchStatus() {}

  /** The status of {@code e} itself, or {@link #NONE}. */
  public static int of(Throwable e) {
    if (e instanceof ElasticsearchException es) {
      return es.status();
    }
    if (e instanceof TransportException te) {
      return te.statusCode();
    }
    if (e instanceof ResponseException re) {
      return re.getResponse().getStatusLine().getStatusCode();
    }
    return NONE;
  }

  /** The status of {@code e} or of the first of its causes that carries one, or {@link #NONE}. */
  public static int find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      int status = of(t);
      if (status != NONE) {
        return status;
      }
    }
    return NONE;
  }
}
