package app.rapport.bench;

import app.rapport.domain.Mood;
import app.rapport.domain.brief.Brief;
import app.rapport.domain.brief.BriefEngine;
import app.rapport.domain.brief.BriefInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The brief engine alone, in JMH: building a brief from in-memory input, beside the least any
 * brief must do (one pass over the touchpoints for the latest mood). Sample-time mode, so the
 * suite can read percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BriefEngineJmh {
    @Param({"50", "5000"})
    public int touchpoints;

    private BriefInput input;
    private Instant now;

    @Setup
    public void prepare() {
        input = BriefBenchmark.input(touchpoints);
        now = Instant.now();
    }

    @Benchmark
    public Brief engine() {
        return BriefEngine.build(input, now);
    }

    @Benchmark
    public Mood onePass() {
        return BriefBenchmark.latestMood(input);
    }
}
