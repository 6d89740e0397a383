package nl.datawijzer.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.datawijzer.quality.internal.ProfilingEngine;
import nl.datawijzer.quality.profiling.DatabaseConnection;
import nl.datawijzer.quality.profiling.DatasetProfile;
import nl.datawijzer.quality.profiling.FieldProfile;
import nl.datawijzer.quality.profiling.FieldSpec;
import nl.datawijzer.quality.profiling.ProfileSpec;
import nl.datawijzer.quality.profiling.ProfilingProgress;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A profiling engine that answers crafted profiles, remembers what it was asked and can be held at a gate, so runs are
 * tested without the real engine. Its default answer: every declared field present, filled and valid in 10 rows.
 */
class FakeProfilingEngine implements ProfilingEngine {

    /** What the engine answers for a spec; may throw like the real engine. */
    volatile Function<Call, DatasetProfile> answer = call -> perfect(call.spec(), 10);
    /** When set, every call waits here until it opens. */
    volatile CountDownLatch gate;
    final List<Call> calls = new CopyOnWriteArrayList<>();

    /** One call: the spec, the bytes of a file (empty for a table), the connection and table for a database. */
    record Call(String kind, ProfileSpec spec, byte[] bytes, long size, DatabaseConnection connection, String table) {
    }

    static DatasetProfile perfect(ProfileSpec spec, long rows) {
        return new DatasetProfile(rows, 0, spec.fields().stream().map(f -> new FieldProfile(f.technicalName(), true,
                rows, 0, 0, f.key() ? OptionalLong.of(0) : OptionalLong.empty(),
                f.hasConsistencyRule() ? OptionalLong.of(0) : OptionalLong.empty())).toList(), List.of());
    }

    /** A profile where {@code name} has {@code empty} empty values of {@code rows}; the rest perfect. */
    static DatasetProfile withEmpty(ProfileSpec spec, long rows, String name, long empty) {
        return new DatasetProfile(rows, 0, spec.fields().stream().map((FieldSpec f) -> new FieldProfile(f.technicalName(),
                true, rows, f.technicalName().equals(name) ? empty : 0, 0,
                f.key() ? OptionalLong.of(0) : OptionalLong.empty(),
                f.hasConsistencyRule() ? OptionalLong.of(0) : OptionalLong.empty())).toList(), List.of());
    }

    @Override
    public DatasetProfile csv(InputStream contents, long size, ProfileSpec spec, ProfilingProgress progress) {
        return file("csv", contents, size, spec, progress);
    }

    @Override
    public DatasetProfile xlsx(InputStream contents, long size, ProfileSpec spec, ProfilingProgress progress) {
        return file("xlsx", contents, size, spec, progress);
    }

    private DatasetProfile file(String kind, InputStream contents, long size, ProfileSpec spec, ProfilingProgress progress) {
        byte[] bytes;
        try {
            bytes = contents.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answer(new Call(kind, spec, bytes, size, null, null), progress);
    }

    @Override
    public DatasetProfile database(DatabaseConnection connection, String table, ProfileSpec spec,
            ProfilingProgress progress) {
        return answer(new Call("database", spec, new byte[0], 0, connection, table), progress);
    }

    private DatasetProfile answer(Call call, ProfilingProgress progress) {
        calls.add(call);
        progress.update(0.5);
        CountDownLatch wait = gate;
        if (wait != null) {
            try {
                if (!wait.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("gate never opened");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return answer.apply(call);
    }

    void reset() {
        answer = call -> perfect(call.spec(), 10);
        gate = null;
        calls.clear();
    }

    @TestConfiguration
    static class Configuration {
        @Bean
        @Primary
        FakeProfilingEngine fakeProfilingEngine() {
            return new FakeProfilingEngine();
        }

        @Bean
        MeasuredEvents measuredEvents() {
            return new MeasuredEvents();
        }
    }

    /** The QualityMeasuredEvents published, in order. */
    static class MeasuredEvents {
        final List<QualityMeasuredEvent> events = new CopyOnWriteArrayList<>();

        @org.springframework.context.event.EventListener
        void on(QualityMeasuredEvent event) {
            events.add(event);
        }
    }
}
