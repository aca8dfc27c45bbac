package org.ipnetwork.directory.backend.verification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The mail that asks a provider to verify its listing: Chinese, then English, each with the
 * listing's name in that language, the link and its expiry date. Sent through Spring Boot's {@link
 * JavaMailSender}, which exists only when {@code spring.mail.host} is set: without it the workplace
 * hands the links out as a CSV file for a mail merge instead.
 */
@Component
class VerificationMail {

  private final ObjectProvider<JavaMailSender> sender;
  private final UiStrings strings;
  private final VerificationProperties properties;

  VerificationMail(
      ObjectProvider<JavaMailSender> sender, UiStrings strings, VerificationProperties properties) {
    this.sender = sender;
    this.strings = strings;
    this.properties = properties;
  }

  /** Whether mail is configured ({@code spring.mail.host}). */
  boolean configured() {
    return sender.getIfAvailable() != null;
  }

  /**
   * Sends the mail.
   *
   * @throws MailException when the server refuses it or cannot be reached
   * @throws MessagingException when the address cannot be used
   */
  void send(String to, Names name, String link, Instant expires) throws MessagingException {
    JavaMailSender mail = sender.getObject();
    MimeMessage message = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(properties.mailFrom());
    helper.setTo(to);
    helper.setSubject(
        strings.text(Lang.ZH, "verifyMailSubject")
            + " / "
            + strings.text(Lang.EN, "verifyMailSubject"));
    helper.setText(text(name, link, expires), false);
    mail.send(message);
  }

  /** The body: both languages, the link on a line of its own in each. */
  String text(Names name, String link, Instant expires) {
    String date = LocalDate.ofInstant(expires, ZoneOffset.UTC).toString();
    String zh = name == null ? null : name.zh() != null ? name.zh() : name.en();
    String en = name == null ? null : name.en() != null ? name.en() : name.zh();
    return strings.text(
            Lang.ZH,
            "verifyMailBody",
            Map.of("name", zh == null ? "" : zh, "link", link, "date", date))
        + "\n\n----------\n\n"
        + strings.text(
            Lang.EN,
            "verifyMailBody",
            Map.of("name", en == null ? "" : en, "link", link, "date", date))
        + "\n";
  }
}
