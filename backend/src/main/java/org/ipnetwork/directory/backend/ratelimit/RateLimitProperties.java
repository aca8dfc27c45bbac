package org.ipnetwork.directory.backend.ratelimit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Request limits of the public API (a partner's own limit is stored with the partner).
 *
 * @param anonymousPerMinute requests per minute of one client address without a partner key
 * @param partnerIpPerMinute requests per minute of one client address with a partner key, so that
 *     one visitor cannot use up a partner's whole limit
 * @param trustForwardedFor take the client address from the last {@code X-Forwarded-For} entry;
 *     only behind a reverse proxy that sets it, else clients could pick their own address
 * @param maxTrackedClients most client addresses with a bucket; the least recently seen are dropped
 * @param idleExpiry a client's bucket is dropped after this long without a request
 */
@Validated
@ConfigurationProperties("directory.rate-limit")
public record RateLimitProperties(
    @DefaultValue("120") @Min(1) int anonymousPerMinute,
    @DefaultValue("600") @Min(1) int partnerIpPerMinute,
    @DefaultValue("false") boolean trustForwardedFor,
    @DefaultValue("100000") @Min(1) int maxTrackedClients,
    @DefaultValue("10m") @NotNull Duration idleExpiry) {}
