package org.ipnetwork.directory.backend.uploads;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the staff uploads.
 *
 * @param maxSize the largest file accepted; a larger one is refused with 413
 * @param maxReported rows listed per kind in a report (errors, changes, warnings); the counts
 *     always cover every row
 * @param concurrentJobs dry runs and applications running at once; more wait their turn
 */
@Validated
@ConfigurationProperties("directory.uploads")
record UploadProperties(
    @DefaultValue("20MB") @NotNull DataSize maxSize,
    @DefaultValue("1000") @Min(1) int maxReported,
    @DefaultValue("2") @Min(1) int concurrentJobs) {}
