package nl.datawijzer.quality.profiling;

/**
 * A compact open-addressing set of 64-bit hashes: 8 bytes a slot at most half full, so a key column of n rows costs at
 * most 32n bytes, against some 60n+ for a {@code HashSet<String>} of short values.
 *
 * <p>The trade-off: two different values with the same 64-bit hash count as one, so a duplicate count can be too high
 * by the number of such collisions. For n distinct values the chance of any collision is about n^2 / 2^65: below one in
 * a million for 6 million values, which is far below the precision a percentage on a page shows.
 */
final class LongHashSet {

    private long[] slots = new long[1024];
    private int mask = slots.length - 1;
    private int size;
    private boolean hasZero;

    /** Adds the hash; false when it was already there. */
    boolean add(long hash) {
        if (hash == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        int i = index(hash, mask);
        while (true) {
            long slot = slots[i];
            if (slot == 0) {
                slots[i] = hash;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return true;
            }
            if (slot == hash) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    private static int index(long hash, int mask) {
        return (int) (hash ^ (hash >>> 32)) & mask;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = slots.length - 1;
        for (long hash : old) {
            if (hash != 0) {
                int i = index(hash, mask);
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = hash;
            }
        }
    }

    /** A 64-bit hash of bytes, eight at a time, with a strong final mix (SplitMix64's). */
    static long hash(byte[] b, int from, int to) {
        long h = (to - from) * 0x9E3779B97F4A7C15L;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long chunk = (long) LONG.get(b, i);
            h = Long.rotateLeft((h ^ chunk) * 0xBF58476D1CE4E5B9L, 31);
        }
        long tail = 0;
        for (int shift = 0; i < to; i++, shift += 8) {
            tail |= (b[i] & 0xFFL) << shift;
        }
        h = (h ^ tail) * 0x94D049BB133111EBL;
        h ^= h >>> 30;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 27;
        h *= 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    private static final java.lang.invoke.VarHandle LONG = java.lang.invoke.MethodHandles
            .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
}
