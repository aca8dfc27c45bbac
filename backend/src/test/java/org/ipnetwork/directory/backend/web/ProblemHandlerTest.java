package org.ipnetwork.directory.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The problem answers of the failures that reach the controller advice from Elasticsearch. */
class ProblemHandlerTest {

  private final ProblemHandler handler = new ProblemHandler();

  @Test
  void anOutageIs503WithRetryAfter() {
    var answer = handler.unavailable(new ServiceUnavailableException("down", null));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
    assertThat(answer.getBody().getType()).isEqualTo(ProblemTypes.SEARCH_UNAVAILABLE);
  }

  @Test
  void aRefusedRequestIs500WithoutRetryAfterOrDetails() {
    var answer =
        handler.internal(
            new InternalErrorException(
                "Elasticsearch refused a request: 400 parsing_exception", null));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(answer.getHeaders().containsHeader(HttpHeaders.RETRY_AFTER)).isFalse();
    assertThat(answer.getBody().getType()).isEqualTo(ProblemTypes.INTERNAL);
    assertThat(answer.getBody().getDetail()).doesNotContain("parsing_exception");
  }
}
