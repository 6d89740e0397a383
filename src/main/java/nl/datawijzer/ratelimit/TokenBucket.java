package nl.datawijzer.ratelimit;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One client's bucket: up to {@code burst} tokens, refilled at a steady rate, one token per request. Lock-free: the
 * state is one immutable value swapped with compare-and-set, so requests of one client on many threads never wait for
 * each other. Time comes from the caller (nanoseconds of a monotonic clock) so tests can step it.
 */
final class TokenBucket {

    private record State(double tokens, long at) {
    }

    private final double perNano;
    private final double burst;
    private final AtomicReference<State> state;

    TokenBucket(double perSecond, int burst, long now) {
        this.perNano = perSecond / 1_000_000_000d;
        this.burst = burst;
        this.state = new AtomicReference<>(new State(burst, now));
    }

    /** Takes a token: 0 when one was there, otherwise the nanoseconds until the next one will be (nothing taken). */
    long tryTake(long now) {
        while (true) {
            State current = state.get();
            double tokens = available(current, now);
            if (tokens < 1) {
                return Math.max(1, (long) Math.ceil((1 - tokens) / perNano));
            }
            // A thread that read the clock a moment earlier must not move the bucket's time backwards.
            if (state.compareAndSet(current, new State(tokens - 1, Math.max(current.at(), now)))) {
                return 0;
            }
        }
    }

    /** A full bucket is indistinguishable from a new one, so forgetting it changes nobody's limit. */
    boolean isFull(long now) {
        return available(state.get(), now) >= burst;
    }

    private double available(State current, long now) {
        long elapsed = now - current.at();
        return elapsed <= 0 ? current.tokens() : Math.min(burst, current.tokens() + elapsed * perNano);
    }
}
