package org.ipnetwork.directory.backend.web;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the HTTP server beyond Spring Boot's own ({@code server.netty.idle-timeout}, {@code
 * server.max-http-request-header-size}, {@code server.netty.max-initial-line-length}).
 *
 * @param requestHeaderTimeout longest a request's line and header fields may take to arrive, from
 *     their first byte; then 408 and the connection is closed
 */
@Validated
@ConfigurationProperties("directory.http")
record HttpServerProperties(@DefaultValue("10s") @NotNull Duration requestHeaderTimeout) {}
