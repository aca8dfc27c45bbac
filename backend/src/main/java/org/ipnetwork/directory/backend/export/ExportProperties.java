package org.ipnetwork.directory.backend.export;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The workplace's exports.
 *
 * @param pageSize listings read from Elasticsearch per round trip; an export holds at most about
 *     two pages in memory, whatever the size of the network
 * @param keepAlive how long Elasticsearch keeps the export's point in time between two pages (a
 *     slow download renews it with every page)
 */
@Validated
@ConfigurationProperties("directory.exports")
record ExportProperties(
    @DefaultValue("500") @Min(1) @Max(10_000) int pageSize,
    @DefaultValue("2m") @NotNull Duration keepAlive) {}
