package dev.debrief.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SafeFileNameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INC-2024-0522                | INC-2024-0522.pdf",
        "Ünïcødé                      | Unicode.pdf",
        "Инцидент в базе              | Intsident-v-baze.pdf",
        "Σφάλμα βάσης                 | Sphalma-bases.pdf",
        "事故报告                      | Shi-Gu-Bao-Gao.pdf",
        "장애 보고서                    | jangae-bogoseo.pdf",
        "INC/2024: 07                 | INC-2024-07.pdf",
        "../../etc/passwd             | etc-passwd.pdf",
        "a/../b                       | a-b.pdf",
        "..\\..\\windows\\system32    | windows-system32.pdf",
        ".hidden                      | hidden.pdf",
        "'   '                        | incident.pdf",
        "''                           | incident.pdf",
        "🔥🔥🔥                        | incident.pdf",
        "a<b>c:d?e*f\"g%h             | a-b-c-d-e-f-g-h.pdf",
        "CON                          | CON_.pdf",
        "nul                          | nul_.pdf",
        "com1.backup                  | com1_.backup.pdf",
        "CONSOLE                      | CONSOLE.pdf",
        "trailing dots...             | trailing-dots.pdf",
        "½ price                      | 1-2-price.pdf",
    })
    void hostileNamesBecomeSafeAscii(String base, String expected) {
        assertEquals(expected, SafeFileName.of(base, "pdf"));
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void everyNameIsSafeAsciiOfBoundedLengthWithItsExtension(String base) {
        String name = SafeFileName.of(base, "png");
        assertTrue(name.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.png"), name);
        assertFalse(name.contains(".."), name);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= SafeFileName.MAX_BYTES, name);
    }

    static Stream<Arguments> hostileNames() {
        return Stream.of("x".repeat(300), "é".repeat(300), "事".repeat(300), "a/".repeat(200), "..".repeat(150),
                "\u0000\u0007\n\r\t", "\u202Eexe.pdf", "-leading-hyphen", "name. . .", " spaced out ",
                "CON.txt", "ab" + "-".repeat(200) + "cd").map(Arguments::of);
    }

    @ParameterizedTest
    @CsvSource({"300", "119", "116", "115"})
    void aLongNameIsCutKeepingTheExtension(int length) {
        String name = SafeFileName.of("a".repeat(length), "pdf");
        assertEquals("a".repeat(Math.min(length, SafeFileName.MAX_BYTES - 4)) + ".pdf", name);
    }
}
