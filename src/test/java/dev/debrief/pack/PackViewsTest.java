package dev.debrief.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.Pdfs;
import dev.debrief.TestPack;
import dev.debrief.model.Audience;
import dev.debrief.model.Period;
import dev.debrief.report.PackFilter;
import dev.debrief.report.PackStatistics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pack's figures as its pages write them, for the test pack whose statistics are worked out in TestPack. */
class PackViewsTest {
    static PackView secondQuarter(boolean withFirst) throws Exception {
        PackStatistics stats = PackStatistics.of(withFirst ? TestPack.reports() : TestPack.secondQuarterOnly(),
                PackFilter.everything().withPeriod(new Period.Quarter(2024, 2)), TestPack.PACK_DATE);
        return PackViews.of(stats, Optional.empty(), Audience.INTERNAL, List.of(), Pdfs.renderer());
    }

    static PackView.Figure figure(PackView view, String label) {
        return view.figures().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void theLedeSaysHowManyHowBadAndWhatMoved() throws Exception {
        assertEquals("6 incidents, 4 of them SEV1–2, with 32 h 15 min of customer impact (1 still ongoing)."
                + " 4 more incidents than in Q1 2024; detection got faster, resolution got slower.",
                secondQuarter(true).lede());
    }

    @Test
    void aChangeShowsItsDirectionAndItsColourWhetherItIsGoodNews() throws Exception {
        PackView view = secondQuarter(true);
        PackView.Figure incidents = figure(view, "Incidents");
        assertEquals(List.of("6", "2", "▲ 4", "worse"),
                List.of(incidents.value(), incidents.previous(), incidents.change(), incidents.trend()));
        assertEquals("Q1 2024", view.previousPeriod());
        assertEquals("32 h 15 min", figure(view, "Total impact").value());
    }

    @Test
    void withoutThePreviousPeriodsIncidentsNothingIsCompared() throws Exception {
        PackView view = secondQuarter(false);
        assertNull(view.previousPeriod());
        for (PackView.Figure figure : view.figures()) {
            assertNull(figure.change(), figure.label());
            assertEquals("none", figure.trend(), figure.label());
        }
    }

    @Test
    void theTallestMonthFillsTheChartAndTheOthersTheirShare() throws Exception {
        PackView.MonthChart chart = secondQuarter(true).perMonth();
        assertEquals(List.of("April", "May", "June"), chart.months().stream().map(PackView.Month::label).toList());
        List<Double> heights = chart.months().stream()
                .map(m -> m.segments().stream().mapToDouble(s -> Double.parseDouble(s.height())).sum()).toList();
        double tallest = heights.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertEquals(Double.parseDouble(chart.height()), tallest, 0.2);
        for (int i = 0; i < heights.size(); i++) {
            int total = chart.months().get(i).total();
            int most = chart.months().stream().mapToInt(PackView.Month::total).max().orElseThrow();
            assertEquals(tallest * total / most, heights.get(i), 0.2, chart.months().get(i).label());
        }
    }

    @Test
    void theLongestBarIsFullWidthAndTheRestInProportion() throws Exception {
        List<PackView.Bar> bars = secondQuarter(true).impactByCategory();
        assertEquals("100.0%", bars.get(0).width());
        assertTrue(bars.get(0).name().startsWith("deploy"), bars.get(0).name());
    }

    @Test
    void everyIncidentIsNamedByTheAnchorOfItsPlaceInTime() throws Exception {
        PackView view = secondQuarter(true);
        for (int i = 0; i < view.chronological().size(); i++) {
            assertEquals(Pack.anchor(i), view.chronological().get(i).anchor());
        }
    }
}
