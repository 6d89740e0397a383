package nl.datawijzer.ratelimit;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * A token bucket per client key, at most {@code maxClients} of them. When a new client pushes the map over its bound,
 * one thread sweeps: full (idle) buckets go first, since forgetting them changes nothing; if that is not enough, any
 * buckets until a tenth is free again, so that not every new client costs a sweep. Threads that add a client while
 * another sweeps each evict one other bucket, so the map stays near its bound.
 * A forgotten busy client only gets a fresh bucket: a moment of leniency, never a wrong refusal.
 */
final class ClientBuckets {

    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final double perSecond;
    private final int burst;
    private final int maxClients;
    private final LongSupplier clock;

    ClientBuckets(double perSecond, int burst, int maxClients, LongSupplier clock) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxClients = maxClients;
        this.clock = clock;
    }

    /** Takes a token for the client: 0 when allowed, otherwise the nanoseconds until it may try again. */
    long tryTake(String client) {
        long now = clock.getAsLong();
        TokenBucket bucket = buckets.get(client);
        if (bucket != null) {
            return bucket.tryTake(now);
        }
        bucket = buckets.computeIfAbsent(client, key -> new TokenBucket(perSecond, burst, now));
        // Taken before any eviction, so the newcomer's own bucket is not full and not swept first.
        long wait = bucket.tryTake(now);
        if (buckets.size() > maxClients) {
            if (sweeping.compareAndSet(false, true)) {
                try {
                    sweep(now);
                } finally {
                    sweeping.set(false);
                }
            } else {
                // One thread sweeps; the others each make room for the client they added, so a flood of new addresses
                // on many threads cannot outrun the sweeper.
                evictOtherThan(client);
            }
        }
        return wait;
    }

    int size() {
        return buckets.size();
    }

    private void sweep(long now) {
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        int target = maxClients - Math.max(1, maxClients / 10);
        Iterator<String> keys = buckets.keySet().iterator();
        while (buckets.size() > target && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    private void evictOtherThan(String client) {
        for (String key : buckets.keySet()) {
            // another thread may have taken the same key a moment ago: count only a removal of our own
            if (!key.equals(client) && buckets.remove(key) != null) {
                return;
            }
        }
    }
}
