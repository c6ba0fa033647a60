package dev.debrief.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebAddressTest {
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", nullValues = "none", value = {
        "https://jira.example/browse/OPS-1 => https://jira.example/browse/OPS-1",
        "  HTTP://example.com/a?b=1&c=2 => HTTP://example.com/a?b=1&c=2",
        "https://example.com/a b<c>|d]{e}\\f\"g => https://example.com/a%20b%3Cc%3E%7Cd%5D%7Be%7D%5Cf%22g",
        "https://example.com/事故 => https://example.com/%E4%BA%8B%E6%95%85",
        "javascript:alert(1) => none",
        "data:text/html,x => none",
        "/relative/path => none",
        "https:// => none",
    })
    void onlyWebAddressesWithAHostAreKeptAndTheirDelimitersEncoded(String url, String expected) {
        assertEquals(Optional.ofNullable(expected), WebAddress.of(url));
    }
}
