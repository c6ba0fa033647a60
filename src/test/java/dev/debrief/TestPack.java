package dev.debrief;

import dev.debrief.load.IncidentLoader;
import dev.debrief.load.InputFiles;
import dev.debrief.report.Report;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The pack test incidents in {@code testdata/pack}: eight postmortems of one payments platform, two in Q1 2024
 * and six in Q2 2024, with their statistics worked out by hand in {@code PackStatisticsTest}.
 *
 * <pre>
 * id             zone            starts (local)    sev  category       services               minutes  TTD  TTR
 * INC-2024-0114  Europe/London   14 Jan 09:12      SEV2 deploy         payments-api             88     25   80
 * INC-2024-0331  America/LA      31 Mar 20:00 (*)  SEV1 configuration  checkout, payments-api  180     16  160
 * INC-2024-0401  Asia/Tokyo       1 Apr 08:00 (*)  SEV2 (none)         auth                    150      4  145
 * INC-2024-0424  Europe/Berlin   24 Apr 10:00      SEV2 configuration  search, checkout        240     20  220
 * INC-2024-0514  UTC             14 May 09:00      SEV1 deploy         checkout, payments-api 1450     11 1430
 * INC-2024-0603  Europe/London    3 Jun 16:00      SEV3 deploy         checkout                 35      2   35 (window end)
 * INC-2024-0612  UTC             12 Jun 14:00      SEV4 game-day       payments-api             60      3   50
 * INC-2024-0627  Africa/Lagos    27 Jun 23:30      SEV2 capacity       ledger              ongoing     15  none
 * (*) in UTC, 0331 starts on 1 April and 0401 on 31 March: each belongs to the quarter of its own calendar.
 * </pre>
 */
public final class TestPack {
    public static final Path DIR = Path.of("src/test/resources/testdata/pack");
    /** The day the test pack is made: overdue tasks and an ongoing incident are measured to it. */
    public static final LocalDate PACK_DATE = LocalDate.of(2024, 7, 8);

    private TestPack() {}

    public static List<Report> reports() throws Exception {
        List<Report> reports = new ArrayList<>();
        for (Path file : InputFiles.expand(List.of(DIR.toString()))) {
            reports.add(Report.of(IncidentLoader.load(file).incident()));
        }
        return reports;
    }

    /** Only the incidents in the Q2 folder: the previous quarter is not among these inputs. */
    public static List<Report> secondQuarterOnly() throws Exception {
        List<Report> reports = new ArrayList<>();
        for (Path file : InputFiles.expand(List.of(DIR.resolve("2024-Q2").toString()))) {
            reports.add(Report.of(IncidentLoader.load(file).incident()));
        }
        return reports;
    }
}
