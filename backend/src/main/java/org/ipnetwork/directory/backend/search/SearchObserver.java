package org.ipnetwork.directory.backend.search;

/**
 * Told of every public search's first page once it is answered ({@link DirectorySearch}). Called on
 * the request's thread before the answer is written: an observer must not block or fail.
 */
public interface SearchObserver {

  void searched(SearchEvent event);
}
