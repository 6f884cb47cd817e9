package dev.dunning.benchmarks.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On a simulated clock: requests due every 10 ms on one connection, with one slow answer. */
class OpenLoopTest {
    private static final long MS = 1_000_000;

    @Test
    void countsLatencyFromTheIntendedSendTimeSoASlowAnswerDelaysTheRequestsBehindIt() throws Exception {
        OpenLoop.Result result = run(List.of(1L, 35L, 1L, 1L, 1L));

        // Due at 0, 10, 20, 30, 40 ms; answered at 1, 45, 46, 47, 48 ms. A closed loop would see 1, 35, 1, 1, 1.
        assertThat(result.sent()).isEqualTo(5);
        assertThat(result.latencies().getTotalCount()).isEqualTo(5);
        assertThat(result.latencies().getMean()).isCloseTo((1 + 35 + 26 + 17 + 8) / 5.0 * MS, within(0.02 * MS));
        assertThat((double) result.latencies().getMaxValue()).isCloseTo(35.0 * MS, within(0.05 * MS));
    }

    @Test
    void countsRequestsStillUnsentAtTheEndWithTheTimeTheyWaited() throws Exception {
        OpenLoop.Result result = run(List.of(1L, 100L));

        // The run ends at 50 ms; the requests due at 20, 30 and 40 ms were not sent by 110 ms.
        assertThat(result.sent()).isEqualTo(2);
        assertThat(result.unsent()).isEqualTo(3);
        assertThat(result.latencies().getTotalCount()).isEqualTo(5);
        assertThat(result.latencies().getMean()).isCloseTo((1 + 100 + 90 + 80 + 70) / 5.0 * MS, within(0.1 * MS));
    }

    /** 100 requests per second for 50 ms on one connection, the calls taking the given milliseconds in turn. */
    private static OpenLoop.Result run(List<Long> callMillis) throws InterruptedException {
        SimulatedClock clock = new SimulatedClock();
        Deque<Long> durations = new ArrayDeque<>(callMillis);
        OpenLoop.Call call = () -> {
            clock.advance(durations.pop() * MS);
            return true;
        };
        return OpenLoop.run(100, 0.05, 1, call, clock);
    }

    private static final class SimulatedClock implements OpenLoop.Clock {
        private volatile long now;

        @Override
        public long now() {
            return now;
        }

        @Override
        public void sleepUntil(long nanos) {
            now = Math.max(now, nanos);
        }

        void advance(long nanos) {
            now += nanos;
        }
    }
}
