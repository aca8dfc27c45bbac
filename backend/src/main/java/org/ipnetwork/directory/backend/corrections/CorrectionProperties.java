package org.ipnetwork.directory.backend.corrections;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the public correction reports.
 *
 * @param perAddress reports one client address may send per {@code period} (refused ones, 400 or
 *     404, are not counted)
 * @param period the window of {@code perAddress}
 */
@Validated
@ConfigurationProperties("directory.corrections")
record CorrectionProperties(
    @DefaultValue("5") @Min(1) int perAddress, @DefaultValue("10m") @NotNull Duration period) {}
