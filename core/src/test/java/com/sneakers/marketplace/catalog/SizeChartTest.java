package com.sneakers.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.catalog.SizeChart.UsSize;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizeChartTest {

    @Test
    void acceptsWholeAndHalfSizesFromThreeAndAHalfToEighteen() {
        assertThat(SizeChart.us("3.5")).map(UsSize::value).contains("3.5");
        assertThat(SizeChart.us("10.5")).map(UsSize::value).contains("10.5");
        assertThat(SizeChart.us("14")).map(UsSize::value).contains("14");
        assertThat(SizeChart.us("18")).map(UsSize::value).contains("18");
    }

    @Test
    void writesEachSizeInOneCanonicalForm() {
        assertThat(SizeChart.us("10.0")).map(UsSize::value).contains("10");
        assertThat(SizeChart.us(" 09.50 ")).map(UsSize::value).contains("9.5");
    }

    @Test
    void refusesSizesOffTheChart() {
        for (String value :
                new String[] {"3", "18.5", "10.25", "10.3", "-5", "ten", "10,5", "M 10", "1e1", "", " ", "100"}) {
            assertThat(SizeChart.us(value)).as(value).isEmpty();
        }
        assertThat(SizeChart.us(null)).isEmpty();
    }

    @Test
    void positionsListSizesSmallestFirst() {
        List<UsSize> sizes = List.of("12", "3.5", "10.5", "18", "7", "10").stream()
                .map(value -> SizeChart.us(value).orElseThrow())
                .sorted(Comparator.comparingInt(UsSize::position))
                .toList();

        assertThat(sizes).extracting(UsSize::value).containsExactly("3.5", "7", "10", "10.5", "12", "18");
    }
}
