package nl.datawijzer.quality.profiling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Profiles a CSV file in one streaming pass. The first row names the columns; the delimiter ({@code ;}, {@code ,} or
 * tab) is the one that occurs most in that row outside quotes ({@code ;} on a tie or with a single column, as Dutch
 * exports use it). Quotes follow RFC 4180 (a quoted value may hold delimiters, newlines and {@code ""}). Text must be
 * UTF-8, with or without a byte-order mark.
 *
 * <p>Lenient where a reader can be without guessing: a row with fewer cells than the header counts the missing ones as
 * empty, extra cells are ignored, blank lines are skipped, CRLF and LF both end a row. Strict where guessing would give
 * wrong figures: a file that is not UTF-8 (also when it looks like Windows-1252: converting it silently would be a
 * guess), a quote that is never closed, and a file larger than the limit all stop the run with the line concerned.
 *
 * <p>The bytes are read and checked by hand (no per-line strings, no regular expression for a datatype) so that a
 * large extract profiles at disk speed rather than parser speed.
 */
public final class CsvProfiler {

    /** The largest file profiled by default: 2 GiB. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024 * 1024;

    /** A single value longer than this is taken as a quote that is not closed rather than read into memory. */
    static final int MAX_VALUE_BYTES = 16 * 1024 * 1024;

    private CsvProfiler() {
    }

    /**
     * @param totalBytes the file's size for progress, or 0 when unknown
     * @throws ProfilingException when the file is not UTF-8, has a quote that is not closed, is larger than
     *     {@link #DEFAULT_MAX_BYTES} or cannot be read
     */
    public static DatasetProfile profile(InputStream in, long totalBytes, ProfileSpec spec,
            ProfilingProgress progress) {
        return profile(in, totalBytes, spec, progress, DEFAULT_MAX_BYTES);
    }

    /** As {@link #profile(InputStream, long, ProfileSpec, ProfilingProgress)} with another size limit. */
    public static DatasetProfile profile(InputStream in, long totalBytes, ProfileSpec spec, ProfilingProgress progress,
            long maxBytes) {
        try {
            return new Scan(in, totalBytes, spec, progress, maxBytes).run();
        } catch (IOException e) {
            throw new ProfilingException("Het bestand kon niet worden gelezen.", "The file could not be read.", e);
        }
    }

    private static final class Scan {

        private final InputStream in;
        private final long totalBytes;
        private final ProfileSpec spec;
        private final ProfilingProgress progress;
        private final long maxBytes;

        private final byte[] buf = new byte[1 << 20];
        private int pos;
        private int limit;
        private long consumed;
        private boolean eof;
        private double reported;

        private byte[] field = new byte[4096];
        private int length;
        private boolean quoted;
        private boolean inQuotes;
        private boolean justClosed;
        private int column;
        private long line = 1;
        private long quoteLine;

        private int need;
        private int low = 0x80;
        private int high = 0xBF;

        private byte delimiter;
        private List<String> header;
        private DeclaredColumns columns;
        private long rows;

        Scan(InputStream in, long totalBytes, ProfileSpec spec, ProfilingProgress progress, long maxBytes) {
            this.in = in;
            this.totalBytes = totalBytes;
            this.spec = spec;
            this.progress = progress;
            this.maxBytes = maxBytes;
        }

        DatasetProfile run() throws IOException {
            fill();
            skipByteOrderMark();
            delimiter = sniffDelimiter();
            while (true) {
                if (pos == limit && !fill()) {
                    break;
                }
                if (need != 0) {
                    byte b = buf[pos++];
                    continuation(b);
                    append(b);
                    continue;
                }
                if (inQuotes) {
                    int start = pos;
                    while (pos < limit) {
                        byte c = buf[pos];
                        if (c == '"' || c == '\n' || c < 0) {
                            break;
                        }
                        pos++;
                    }
                    append(start, pos);
                    if (pos == limit) {
                        continue;
                    }
                    byte b = buf[pos++];
                    if (b == '"') {
                        inQuotes = false;
                        justClosed = true;
                    } else if (b == '\n') {
                        line++;
                        append(b);
                    } else {
                        lead(b);
                        append(b);
                    }
                    continue;
                }
                int start = pos;
                byte d = delimiter;
                while (pos < limit) {
                    byte c = buf[pos];
                    if (c == d || c == '\n' || c == '"' || c < 0) {
                        break;
                    }
                    pos++;
                }
                if (pos > start) {
                    justClosed = false;
                    append(start, pos);
                    if (pos == limit) {
                        continue;
                    }
                }
                byte b = buf[pos++];
                if (b == d) {
                    endField();
                } else if (b == '\n') {
                    endRow();
                    line++;
                } else if (b == '"') {
                    if (justClosed) {
                        append(b);
                        inQuotes = true;
                        justClosed = false;
                    } else if (length == 0 && !quoted) {
                        inQuotes = true;
                        quoted = true;
                        quoteLine = line;
                    } else {
                        append(b);
                    }
                } else {
                    justClosed = false;
                    lead(b);
                    append(b);
                }
            }
            if (need != 0) {
                throw notUtf8(false);
            }
            if (inQuotes) {
                throw new ProfilingException(
                        "Regel " + quoteLine + ": een aanhalingsteken (\") wordt tot het einde van het bestand niet "
                                + "gesloten.",
                        "Line " + quoteLine + ": a quote (\") is not closed before the end of the file.");
            }
            if (column > 0 || length > 0 || quoted) {
                endRow();
            }
            if (columns == null) {
                // An empty file: no header, so no declared field is present.
                columns = new DeclaredColumns(List.of(), spec);
            }
            progress.update(1);
            return columns.profile(rows, consumed);
        }

        private boolean fill() throws IOException {
            consumed += limit;
            pos = 0;
            limit = 0;
            if (eof) {
                return false;
            }
            while (limit < buf.length) {
                int n = in.read(buf, limit, buf.length - limit);
                if (n < 0) {
                    eof = true;
                    break;
                }
                limit += n;
                // a short read is enough to go on with once a fair part of the buffer is there
                if (limit >= buf.length / 4) {
                    break;
                }
            }
            if (consumed + limit > maxBytes) {
                long mib = maxBytes / (1024 * 1024);
                throw new ProfilingException(
                        "Het bestand is groter dan " + mib + " MiB en wordt niet geprofileerd.",
                        "The file is larger than " + mib + " MiB and is not profiled.");
            }
            if (totalBytes > 0) {
                double fraction = Math.min(1.0, (double) (consumed + limit) / totalBytes);
                if (fraction >= reported + 0.005) {
                    reported = fraction;
                    progress.update(fraction);
                }
            }
            return limit > 0;
        }

        private void skipByteOrderMark() {
            if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                pos = 3;
            } else if (limit >= 2 && ((buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE
                    || (buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF)) {
                throw new ProfilingException(
                        "Het bestand is UTF-16-tekst, geen UTF-8 (regel 1). Sla het op als UTF-8.",
                        "The file is UTF-16 text, not UTF-8 (line 1). Save it as UTF-8.");
            }
        }

        /** The delimiter that occurs most in the first line (as far as the first buffer holds it) outside quotes. */
        private byte sniffDelimiter() {
            int semicolons = 0;
            int commas = 0;
            int tabs = 0;
            boolean quotes = false;
            for (int i = pos; i < limit; i++) {
                byte c = buf[i];
                if (c == '"') {
                    quotes = !quotes;
                } else if (!quotes) {
                    if (c == '\n') {
                        break;
                    }
                    if (c == ';') {
                        semicolons++;
                    } else if (c == ',') {
                        commas++;
                    } else if (c == '\t') {
                        tabs++;
                    }
                }
            }
            if (commas > semicolons && commas >= tabs) {
                return ',';
            }
            return tabs > semicolons && tabs > commas ? (byte) '\t' : (byte) ';';
        }

        private void append(byte b) {
            if (length == field.length) {
                grow(length + 1);
            }
            field[length++] = b;
        }

        private void append(int from, int to) {
            int n = to - from;
            if (length + n > field.length) {
                grow(length + n);
            }
            System.arraycopy(buf, from, field, length, n);
            length += n;
        }

        private void grow(int needed) {
            if (needed > MAX_VALUE_BYTES) {
                long at = inQuotes ? quoteLine : line;
                throw new ProfilingException(
                        "Regel " + at + ": een waarde is langer dan 16 MiB; waarschijnlijk wordt een aanhalingsteken "
                                + "(\") niet gesloten.",
                        "Line " + at + ": a value is longer than 16 MiB; probably a quote (\") is not closed.");
            }
            field = java.util.Arrays.copyOf(field, Math.min(MAX_VALUE_BYTES, Math.max(needed, field.length * 2)));
        }

        private void endField() {
            if (columns == null) {
                headerField();
            } else {
                ColumnStats stats = columns.column(column);
                if (stats != null) {
                    stats.accept(field, 0, length);
                }
            }
            column++;
            length = 0;
            quoted = false;
            justClosed = false;
        }

        private void endRow() {
            if (column == 0 && !quoted && ValueChecks.trimStart(field, 0, length) == length) {
                // a blank line
                length = 0;
                return;
            }
            endField();
            if (columns == null) {
                columns = new DeclaredColumns(header, spec);
            } else {
                for (int i = column; i < columns.size(); i++) {
                    ColumnStats stats = columns.column(i);
                    if (stats != null) {
                        stats.missing();
                    }
                }
                rows++;
            }
            column = 0;
        }

        private void headerField() {
            if (header == null) {
                header = new ArrayList<>();
            }
            header.add(ValueChecks.trim(new String(field, 0, length, StandardCharsets.UTF_8)));
        }

        private void lead(byte signed) {
            int b = signed & 0xFF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b == 0xE0) {
                need = 2;
                low = 0xA0;
            } else if (b >= 0xE1 && b <= 0xEF) {
                need = 2;
                if (b == 0xED) {
                    high = 0x9F;
                }
            } else if (b == 0xF0) {
                need = 3;
                low = 0x90;
            } else if (b >= 0xF1 && b <= 0xF3) {
                need = 3;
            } else if (b == 0xF4) {
                need = 3;
                high = 0x8F;
            } else {
                throw notUtf8(true);
            }
        }

        private void continuation(byte signed) {
            int b = signed & 0xFF;
            if (b < low || b > high) {
                throw notUtf8(true);
            }
            need--;
            low = 0x80;
            high = 0xBF;
        }

        /**
         * Refuses the file. A byte from 0x80 upwards that does not start or continue a UTF-8 sequence is what
         * Windows-1252 (ANSI) text looks like ({@code é} is the single byte 0xE9), so the message says so. It is
         * still refused rather than converted: the same bytes can be another code page, and a wrong guess would change
         * values silently.
         */
        private ProfilingException notUtf8(boolean ansi) {
            return new ProfilingException(
                    "Het bestand is geen geldige UTF-8-tekst (regel " + line + "). Sla het op als UTF-8."
                            + (ansi ? " Het lijkt Windows-1252 (ANSI) te zijn." : ""),
                    "The file is not valid UTF-8 text (line " + line + "). Save it as UTF-8."
                            + (ansi ? " It looks like Windows-1252 (ANSI)." : ""));
        }
    }
}
