package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INC-2024-0522      | INC-2024-0522",
        "INC/2024: 07       | INC-2024-07",
        "../../etc/passwd   | etc-passwd",
        "'   '              | incident",
        "事故-42            | 事故-42",
        "a<b>c:d?e*f        | a-b-c-d-e-f",
    })
    void idsBecomeSafeFileNames(String id, String expected) {
        assertEquals(expected, FileNames.safe(id));
    }
}
