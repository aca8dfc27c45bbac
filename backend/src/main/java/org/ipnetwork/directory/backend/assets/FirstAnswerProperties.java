package org.ipnetwork.directory.backend.assets;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public page's first answer, written into its HTML ({@link FirstAnswer}).
 *
 * @param enabled write it; off, the page's scripts ask the API for every answer
 * @param timeout longest the page waits for it before it goes out without one (its scripts then ask
 *     the API, which takes as long again, so a generous wait costs the visitor nothing)
 */
@ConfigurationProperties("directory.page.first-answer")
record FirstAnswerProperties(
    @DefaultValue("true") boolean enabled, @DefaultValue("3s") Duration timeout) {}
