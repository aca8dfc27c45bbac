package org.ipnetwork.directory.backend.searchlog;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The search log: which public searches were made and what they found.
 *
 * @param enabled whether public searches are recorded at all
 * @param queueCapacity most searches held in memory between two writes; more are dropped (counted)
 * @param flushInterval how often the held searches are written, in bulk
 * @param batchSize most searches per bulk request
 * @param retention how long searches are kept: a month's index is deleted once all of it is older
 * @param retentionCheckInterval how often expired months are looked for
 */
@Validated
@ConfigurationProperties("directory.search-log")
record SearchLogProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("10000") @Min(1) int queueCapacity,
    @DefaultValue("5s") @NotNull Duration flushInterval,
    @DefaultValue("500") @Min(1) int batchSize,
    @DefaultValue("180d") @NotNull Duration retention,
    @DefaultValue("6h") @NotNull Duration retentionCheckInterval) {}
