package org.ipnetwork.directory.backend.staff;

import java.util.Optional;
import org.ipnetwork.directory.backend.ratelimit.RateLimiter;
import org.ipnetwork.directory.backend.web.TooManyRequestsException;
import org.ipnetwork.directory.backend.web.UnauthorizedException;
import org.ipnetwork.directory.staff.Passwords;
import org.ipnetwork.directory.staff.StaffAccount;
import org.ipnetwork.directory.staff.StaffAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Checks an email and password. Every refusal looks the same — unknown email, wrong password,
 * disabled account: one 401 with one text, after the same BCrypt work — so that nobody learns which
 * emails have an account. Failures are counted per email (whether it has an account or not) and per
 * client address; once either limit is used up, sign-ins are refused with 429 before the password
 * is even checked, until the failure period has refilled.
 */
@Component
class SignIn {

  private static final Logger log = LoggerFactory.getLogger(SignIn.class);

  static final String REFUSED = "Wrong email or password, or the account is disabled.";

  private final StaffAdmin admin;
  private final Passwords passwords;
  private final RateLimiter limiter;
  private final StaffProperties properties;

  SignIn(StaffAdmin admin, Passwords passwords, RateLimiter limiter, StaffProperties properties) {
    this.admin = admin;
    this.passwords = passwords;
    this.limiter = limiter;
    this.properties = properties;
  }

  /** The account, when the password is right and the account enabled. */
  Mono<StaffAccount> check(String email, String password, String address) {
    String normalized = StaffAdmin.normalize(email);
    String accountKey = "sign-in account " + normalized;
    String addressKey = "sign-in address " + address;
    RateLimiter.Decision byAddress =
        limiter.failuresLeft(
            addressKey, properties.failuresPerAddress(), properties.failurePeriod());
    RateLimiter.Decision byAccount =
        limiter.failuresLeft(
            accountKey, properties.failuresPerAccount(), properties.failurePeriod());
    if (!byAddress.allowed() || !byAccount.allowed()) {
      long retry = Math.max(byAddress.retryAfterSeconds(), byAccount.retryAfterSeconds());
      log.warn("Staff sign-in refused after repeated failures, from {}", address);
      return Mono.error(
          new TooManyRequestsException(
              "Too many failed sign-ins for this account or from your address; try again in "
                  + retry
                  + " seconds.",
              retry));
    }
    return StaffAccounts.call(() -> verify(normalized, password))
        .flatMap(
            found -> {
              if (found.isPresent()) {
                return Mono.just(found.get());
              }
              limiter.failed(
                  accountKey, properties.failuresPerAccount(), properties.failurePeriod());
              limiter.failed(
                  addressKey, properties.failuresPerAddress(), properties.failurePeriod());
              return Mono.error(new UnauthorizedException(REFUSED));
            });
  }

  private Optional<StaffAccount> verify(String email, String password) {
    Optional<StaffAccount> account = email.isEmpty() ? Optional.empty() : admin.find(email);
    if (account.isEmpty()) {
      passwords.matchNothing(password);
      return Optional.empty();
    }
    boolean matches = passwords.matches(password, account.get().passwordHash());
    return matches && account.get().enabled() ? account : Optional.empty();
  }
}
