package dev.debrief.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.debrief.TestIncidents;
import dev.debrief.TestPack;
import dev.debrief.load.IncidentLoader;
import dev.debrief.model.InvalidValueException;
import dev.debrief.model.Period;
import dev.debrief.report.IncidentRow;
import dev.debrief.report.PackFilter;
import dev.debrief.report.PackStatistics;
import dev.debrief.report.Report;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StatsFileTest {
    static PackStatistics stats;

    @BeforeAll
    static void compute() throws Exception {
        PackFilter filter = new PackFilter(Optional.of(Period.parse("2024-Q2")), Set.of(), Set.of("game-day"));
        stats = PackStatistics.of(TestPack.reports(), filter, TestPack.PACK_DATE);
    }

    static List<Map<String, String>> readCsv(byte[] bytes) throws Exception {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(bytes)) {
            return rows.readAll();
        }
    }

    static List<Map<String, String>> rows(List<Map<String, String>> csv, String kind, String period) {
        return csv.stream().filter(r -> r.get("row").equals(kind) && r.get("period").equals(period)).toList();
    }

    static String minutes(Optional<java.time.Duration> duration) {
        return duration.map(d -> new BigDecimal(d.toSeconds()).divide(new BigDecimal(60)).stripTrailingZeros()
                .toPlainString()).orElse("");
    }

    @Test
    void theCsvHasOneRowPerIncidentInImpactOrderThenTheTotals() throws Exception {
        List<Map<String, String>> csv = readCsv(StatsFile.bytes(stats, StatsFile.Format.CSV));
        assertEquals(StatsFile.COLUMNS, List.copyOf(csv.get(0).keySet()));
        assertEquals(List.of("incident", "incident", "incident", "incident", "incident", "total", "median", "p90",
                "total", "median", "p90"), csv.stream().map(r -> r.get("row")).toList());
        assertEquals(stats.incidents().stream().map(IncidentRow::id).toList(),
                rows(csv, "incident", "Q2 2024").stream().map(r -> r.get("id")).toList());
    }

    @Test
    void eachCsvIncidentRowAgreesWithTheIncidentTable() throws Exception {
        List<Map<String, String>> csv = rows(readCsv(StatsFile.bytes(stats, StatsFile.Format.CSV)), "incident",
                "Q2 2024");
        for (int i = 0; i < stats.incidents().size(); i++) {
            IncidentRow row = stats.incidents().get(i);
            Map<String, String> line = csv.get(i);
            assertEquals(String.valueOf(row.rank()), line.get("rank"));
            assertEquals(row.date().toString(), line.get("date"));
            assertEquals(minutes(row.duration()), line.get("duration_min"), row.id());
            assertEquals(minutes(row.timeToDetect()), line.get("ttd_min"), row.id());
            assertEquals(minutes(row.timeToResolve()), line.get("ttr_min"), row.id());
            assertEquals(String.valueOf(row.openTasks()), line.get("tasks_open"));
            assertEquals(String.valueOf(row.overdueTasks()), line.get("tasks_overdue"));
        }
        Map<String, String> tokyo = csv.get(3);
        assertEquals("INC-2024-0401", tokyo.get("id"));
        assertEquals("2024-04-01T08:00:00+09:00", tokyo.get("start"));
        assertEquals("Asia/Tokyo", tokyo.get("timezone"));
        assertEquals("auth", tokyo.get("services"));
        assertEquals("", tokyo.get("category"));
        assertEquals("20", tokyo.get("users_affected_percent"));
        Map<String, String> ongoing = csv.get(1);
        assertEquals(List.of("1", "", "", "draft"), List.of(ongoing.get("ongoing"), ongoing.get("end"),
                ongoing.get("duration_min"), ongoing.get("status")));
        assertEquals("checkout; payments-api", csv.get(0).get("services"));
        assertEquals("UTC", csv.get(0).get("timezone"));
    }

    @Test
    void theCsvTotalsAreTheHeadlineFigures() throws Exception {
        List<Map<String, String>> csv = readCsv(StatsFile.bytes(stats, StatsFile.Format.CSV));
        Map<String, String> total = rows(csv, "total", "Q2 2024").get(0);
        assertEquals("5", total.get("incidents"));
        assertEquals("4", total.get("sev1_2"));
        assertEquals("1", total.get("ongoing"));
        assertEquals("1875", total.get("duration_min"));
        assertEquals("38000", total.get("users_affected"));
        assertEquals(List.of("3", "8", "4"), List.of(total.get("tasks_done"), total.get("tasks_open"),
                total.get("tasks_overdue")));
        assertEquals(List.of("42", "2024-05-16", "2024-06-26"), List.of(total.get("days_without_sev1_2"),
                total.get("calm_from"), total.get("calm_to")));
        Map<String, String> median = rows(csv, "median", "Q2 2024").get(0);
        assertEquals(List.of("195", "11", "182.5"), List.of(median.get("duration_min"), median.get("ttd_min"),
                median.get("ttr_min")));
        Map<String, String> p90 = rows(csv, "p90", "Q2 2024").get(0);
        assertEquals(List.of("", "20", "1430"), List.of(p90.get("duration_min"), p90.get("ttd_min"), p90.get("ttr_min")));

        Map<String, String> before = rows(csv, "total", "Q1 2024").get(0);
        assertEquals(List.of("2", "268", "16200", "76"), List.of(before.get("incidents"), before.get("duration_min"),
                before.get("users_affected"), before.get("days_without_sev1_2")));
        assertEquals("20.5", rows(csv, "median", "Q1 2024").get(0).get("ttd_min"));
    }

    @Test
    void theIncidentColumnsAddUpToTheTotalRow() throws Exception {
        List<Map<String, String>> csv = readCsv(StatsFile.bytes(stats, StatsFile.Format.CSV));
        Map<String, String> total = rows(csv, "total", "Q2 2024").get(0);
        for (String column : List.of("incidents", "sev1_2", "ongoing", "duration_min", "users_affected",
                "tasks_done", "tasks_open", "tasks_overdue")) {
            BigDecimal sum = rows(csv, "incident", "Q2 2024").stream().map(r -> r.get(column))
                    .filter(v -> !v.isEmpty()).map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(new BigDecimal(total.get(column)), sum, column);
        }
    }

    @Test
    void theCsvFollowsRfc4180() throws Exception {
        Report quoted = report("title: 'Checkout \"v2\", part one'\nservices: [checkout]\n");
        String csv = StatsFile.csv(PackStatistics.of(List.of(quoted), PackFilter.everything(), LocalDate.of(2024, 6, 1)));
        assertTrue(csv.contains(",\"Checkout \"\"v2\"\", part one\","), csv);
        assertTrue(csv.endsWith("\r\n"));
        assertFalse(csv.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        assertEquals(String.join(",", StatsFile.COLUMNS), csv.substring(0, csv.indexOf("\r\n")));
    }

    @Test
    void theCsvStartsWithAByteOrderMarkSoExcelReadsUtf8() {
        byte[] bytes = StatsFile.bytes(stats, StatsFile.Format.CSV);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        assertEquals('{', StatsFile.bytes(stats, StatsFile.Format.JSON)[0]);
    }

    @Test
    void userTextThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() throws Exception {
        Report hostile = report("""
                title: '=HYPERLINK("http://evil.example","Click")'
                category: '+cmd|calc'
                services: ['@SUM(1+1)', '-2+3', normal]
                """);
        List<Map<String, String>> csv = readCsv(StatsFile.bytes(
                PackStatistics.of(List.of(hostile), PackFilter.everything(), LocalDate.of(2024, 6, 1)),
                StatsFile.Format.CSV));
        Map<String, String> row = csv.get(0);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"Click\")", row.get("title"));
        assertEquals("'+cmd|calc", row.get("category"));
        assertEquals("'@SUM(1+1); -2+3; normal", row.get("services"));
        assertEquals("INC-TEST-1", row.get("id"));
    }

    @Test
    void theJsonHasEachHeadlineFigureWithItsComparison() throws Exception {
        JsonNode json = new ObjectMapper().readTree(StatsFile.bytes(stats, StatsFile.Format.JSON));
        assertEquals(1, json.get("format").asInt());
        assertEquals("Q2 2024", json.at("/period/label").asText());
        assertEquals("2024-04-01", json.at("/period/first").asText());
        assertEquals("Q1 2024", json.at("/previous_period/label").asText());
        assertEquals("2024-07-08", json.get("pack_date").asText());
        assertEquals(new ObjectMapper().readTree("{\"current\":5,\"previous\":2,\"change\":3,\"trend\":\"worse\"}"),
                json.at("/headline/incidents"));
        assertEquals(new ObjectMapper().readTree(
                        "{\"current\":11,\"previous\":20.5,\"change\":-9.5,\"trend\":\"better\"}"),
                json.at("/headline/ttd_min_median"));
        assertEquals(42, json.at("/headline/days_without_sev1_2/current").asInt());
        assertEquals(1875, json.at("/headline/impact_min_total/current").asInt());
        assertEquals(2, json.at("/current/users_affected/percent_only").asInt());
        assertEquals("2024-05-16", json.at("/current/longest_calm/first").asText());
    }

    @Test
    void theJsonListsAgreeWithTheStatistics() throws Exception {
        JsonNode json = new ObjectMapper().readTree(StatsFile.json(stats));
        List<String> ids = new ArrayList<>();
        json.get("incidents").forEach(n -> ids.add(n.get("id").asText()));
        assertEquals(stats.incidents().stream().map(IncidentRow::id).toList(), ids);
        assertTrue(json.at("/incidents/1/duration_min").isNull(), "an ongoing incident has no duration");
        assertEquals(1450, json.at("/incidents/0/duration_min").asInt());
        assertEquals("INC-2024-0514", json.at("/greatest_impact/0").asText());
        assertEquals(3, json.get("greatest_impact").size());
        assertEquals("P1", json.at("/follow_up/1/priority").asText());
        assertEquals(2, json.at("/follow_up/1/overdue").asInt());
        assertEquals("none", json.at("/follow_up/5/priority").asText());
        assertEquals(4, json.at("/follow_up_total/overdue").asInt());
        assertEquals("2024-04", json.at("/per_month/0/month").asText());
        assertEquals(2, json.at("/per_month/0/SEV2").asInt());
        assertEquals("deploy", json.at("/impact_by_category/0/name").asText());
        assertEquals(1485, json.at("/impact_by_category/0/minutes").asInt());
        assertEquals("checkout", json.at("/repeat_causes/0/service").asText());
        assertEquals(8, json.get("open_tasks").size());
        assertEquals("INC-2024-0424", json.at("/open_tasks/0/incident").asText());
        assertTrue(json.at("/open_tasks/0/overdue").asBoolean());
        assertTrue(json.at("/open_tasks/7/due").isNull());
    }

    @Test
    void withoutAPreviousPeriodTheJsonSaysNull() throws Exception {
        PackFilter filter = PackFilter.everything().withPeriod(Period.parse("2024-Q2"));
        JsonNode json = new ObjectMapper().readTree(StatsFile.json(
                PackStatistics.of(TestPack.secondQuarterOnly(), filter, TestPack.PACK_DATE)));
        assertTrue(json.get("previous_period").isNull());
        assertTrue(json.get("previous").isNull());
        assertEquals("not_compared", json.at("/headline/incidents/trend").asText());
        assertTrue(json.at("/headline/incidents/previous").isNull());
    }

    @Test
    void theFormatIsChosenByTheFileName() throws Exception {
        assertEquals(StatsFile.Format.CSV, StatsFile.Format.of(Path.of("out/q2.csv")));
        assertEquals(StatsFile.Format.JSON, StatsFile.Format.of(Path.of("Q2.JSON")));
        assertEquals("`q2.xlsx`: a stats file is named FILE.csv or FILE.json",
                assertThrows(InvalidValueException.class, () -> StatsFile.Format.of(Path.of("q2.xlsx"))).getMessage());
    }

    @Test
    void minutesArePlainNumbers() {
        assertEquals("130", StatsFile.minutesOf(java.time.Duration.ofMinutes(130)).toPlainString());
        assertEquals("182.5", StatsFile.minutesOf(java.time.Duration.ofSeconds(182 * 60 + 30)).toPlainString());
        assertEquals("1.67", StatsFile.minutesOf(java.time.Duration.ofSeconds(100)).toPlainString());
    }

    static Report report(String extra) throws Exception {
        String core = TestIncidents.CORE.replace("title: Checkout down\n", "");
        return Report.of(IncidentLoader.parse(Path.of("t.yaml"), core + extra).incident());
    }
}
