package org.ipnetwork.directory.backend;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The directory's reactive search API, and the embedded Elasticsearch when none is configured. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DirectoryApplication {

  public static void main(String[] args) {
    SpringApplication.run(DirectoryApplication.class, args);
  }
}
