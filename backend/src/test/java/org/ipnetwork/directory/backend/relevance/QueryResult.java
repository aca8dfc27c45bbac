package org.ipnetwork.directory.backend.relevance;

/** One judged query measured on both systems. */
record QueryResult(
    JudgedQuery query, Ranking api, double apiNdcg, Ranking baseline, double baselineNdcg) {}
