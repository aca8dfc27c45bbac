package org.ipnetwork.directory.backend.staff;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sessions and sign-in limits of the staff workplace.
 *
 * @param idleTimeout a session unused this long ends
 * @param absoluteTimeout a session ends this long after sign-in, however busy
 * @param failuresPerAccount failed sign-ins of one email per {@code failurePeriod} before sign-ins
 *     of that email are refused (429) until the period has refilled; also counted for emails that
 *     have no account, so that the answer tells nothing about which exist
 * @param failuresPerAddress failed sign-ins from one client address per {@code failurePeriod}
 * @param failurePeriod the window of both failure limits
 */
@Validated
@ConfigurationProperties("directory.staff")
record StaffProperties(
    @DefaultValue("30m") @NotNull Duration idleTimeout,
    @DefaultValue("12h") @NotNull Duration absoluteTimeout,
    @DefaultValue("5") @Min(1) int failuresPerAccount,
    @DefaultValue("20") @Min(1) int failuresPerAddress,
    @DefaultValue("15m") @NotNull Duration failurePeriod) {}
