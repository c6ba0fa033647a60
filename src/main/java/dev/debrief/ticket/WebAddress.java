package dev.debrief.ticket;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A task's {@code url} made fit to stand inside any ticket markup: only http and https with a host, and every
 * character that could end a link in Markdown, Jira or Slack ({@code < > | [ ] { } \ "}, spaces, non-ASCII)
 * percent-encoded.
 */
final class WebAddress {
    private static final String KEPT = "-._~:/?#@!$&'()*+,;=%";

    private WebAddress() {}

    static Optional<String> of(String url) {
        String address = url.strip();
        if (!address.regionMatches(true, 0, "http://", 0, 7) && !address.regionMatches(true, 0, "https://", 0, 8)) {
            return Optional.empty();
        }
        StringBuilder encoded = new StringBuilder(address.length());
        for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || KEPT.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        try {
            URI uri = new URI(encoded.toString());
            return uri.getHost() == null ? Optional.empty() : Optional.of(encoded.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
