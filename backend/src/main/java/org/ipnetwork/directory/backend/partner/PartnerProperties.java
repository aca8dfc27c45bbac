package org.ipnetwork.directory.backend.partner;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Embedding partners.
 *
 * @param cacheTtl how long a partner looked up by key is reused; also the longest a rotated,
 *     revoked or disabled key may go on working
 * @param cacheSize most keys (known or unknown) held in the lookup cache
 * @param usageFlushInterval how often the per-partner daily request counts are added to the {@code
 *     partner-usage} index
 */
@Validated
@ConfigurationProperties("directory.partners")
record PartnerProperties(
    @DefaultValue("30s") @NotNull Duration cacheTtl,
    @DefaultValue("10000") @Min(1) int cacheSize,
    @DefaultValue("60s") @NotNull Duration usageFlushInterval) {}
