package nl.datawijzer.quality.profiling;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import nl.datawijzer.quality.profiling.ValueChecks.Datatype;

/** The counts for one declared field while a file is read; values are looked at and forgotten, never kept. */
final class ColumnStats {

    private final FieldSpec spec;
    private final Datatype type;
    private final ValueFormat format;
    private final Set<String> allowed;
    private final LongHashSet keys;
    private final Map<Long, List<byte[]>> allowedByHash;
    private long empty;
    private long invalid;
    private long filled;
    private long outside;

    ColumnStats(FieldSpec spec) {
        this.spec = spec;
        this.type = Datatype.of(spec.datatype());
        this.format = spec.format().orElse(null);
        Set<String> trimmed = new HashSet<>();
        spec.allowedValues().forEach(value -> trimmed.add(ValueChecks.trim(value)));
        this.allowed = trimmed;
        this.keys = spec.key() ? new LongHashSet() : null;
        if (trimmed.isEmpty()) {
            this.allowedByHash = null;
        } else {
            this.allowedByHash = new HashMap<>();
            for (String value : trimmed) {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                allowedByHash.computeIfAbsent(LongHashSet.hash(bytes, 0, bytes.length), h -> new ArrayList<>())
                        .add(bytes);
            }
        }
    }

    /** Exact: the hash finds the candidates, the bytes decide. */
    private boolean inList(long hash, byte[] b, int start, int end) {
        List<byte[]> candidates = allowedByHash.get(hash);
        if (candidates == null) {
            return false;
        }
        for (byte[] candidate : candidates) {
            if (Arrays.equals(candidate, 0, candidate.length, b, start, end)) {
                return true;
            }
        }
        return false;
    }

    /** A cell the row does not have (a short row). */
    void missing() {
        empty++;
    }

    /** A value as read, untrimmed; the bytes are valid UTF-8. */
    void accept(byte[] b, int from, int to) {
        int start = ValueChecks.trimStart(b, from, to);
        int end = ValueChecks.trimEnd(b, start, to);
        if (start == end) {
            empty++;
            return;
        }
        filled++;
        if (format != null) {
            int verdict = FastFormats.check(format, b, start, end);
            if (verdict == FastFormats.UNKNOWN) {
                verdict = ValueChecks.formatValid(format, new String(b, start, end - start, StandardCharsets.UTF_8))
                        ? FastFormats.VALID : FastFormats.INVALID;
            }
            if (verdict == FastFormats.INVALID) {
                invalid++;
            }
        } else if (!ValueChecks.isValid(type, b, start, end)) {
            invalid++;
        }
        long hash = keys != null || allowedByHash != null ? LongHashSet.hash(b, start, end) : 0;
        if (keys != null) {
            keys.add(hash);
        }
        if (allowedByHash != null && !inList(hash, b, start, end)) {
            outside++;
        }
    }

    void accept(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        accept(bytes, 0, bytes.length);
    }

    FieldProfile profile(long rows) {
        return new FieldProfile(spec.technicalName(), true, rows, empty, invalid,
                keys == null ? OptionalLong.empty() : OptionalLong.of(filled - keys.size()),
                allowed.isEmpty() ? OptionalLong.empty() : OptionalLong.of(outside));
    }

    /** The profile of a declared field the source has no column for. */
    static FieldProfile absent(FieldSpec spec, long rows, boolean listMeasured) {
        return new FieldProfile(spec.technicalName(), false, rows, 0, 0,
                spec.key() ? OptionalLong.of(0) : OptionalLong.empty(),
                listMeasured ? OptionalLong.of(0) : OptionalLong.empty());
    }
}
