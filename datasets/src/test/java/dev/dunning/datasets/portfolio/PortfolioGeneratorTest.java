package dev.dunning.datasets.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PortfolioGeneratorTest {
    private static final OffsetDateTime AS_OF = PortfolioSpec.DEFAULT_AS_OF;

    @Test
    void theSameSeedGivesByteIdenticalFiles() throws IOException {
        assertThat(csv(42, 300)).isEqualTo(csv(42, 300));
    }

    @Test
    void anotherSeedGivesAnotherPortfolio() throws IOException {
        assertThat(csv(43, 300)).isNotEqualTo(csv(42, 300));
    }

    @Test
    void anAccountIsTheSameWhateverTheSizeOfThePortfolio() {
        var small = new PortfolioGenerator(new PortfolioSpec(42, 10, AS_OF));
        var large = new PortfolioGenerator(new PortfolioSpec(42, 1_000, AS_OF));
        assertThat(large.requests().skip(6).findFirst()).contains(small.request(7));
    }

    @Test
    void requestsAreForTheSpecsMomentAndCountedFromOne() {
        var requests = new PortfolioGenerator(new PortfolioSpec(1, 3, AS_OF)).requests().toList();
        assertThat(requests).hasSize(3).allSatisfy(r -> assertThat(r.asOf()).isEqualTo(AS_OF));
        assertThat(requests.getFirst().account().id()).isEqualTo("SYN-" + requests.getFirst().account().utility().name().charAt(0) + "-00000001");
        assertThat(requests.getFirst().requestId()).endsWith("-2026-12-20");
    }

    static String csv(long seed, int accounts) throws IOException {
        StringWriter out = new StringWriter();
        try (PortfolioCsv.Writer writer = PortfolioCsv.writer(out)) {
            new PortfolioGenerator(new PortfolioSpec(seed, accounts, AS_OF)).requests().forEach(writer::write);
        }
        return out.toString();
    }
}
