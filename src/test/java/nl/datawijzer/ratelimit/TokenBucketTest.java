package nl.datawijzer.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aNewClientMayMakeItsWholeBurstAtOnceAndIsThenRefused() {
        TokenBucket bucket = new TokenBucket(10, 5, 0);
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.tryTake(0)).as("request %d", i + 1).isZero();
        }
        assertThat(bucket.tryTake(0)).as("the sixth waits a tenth of a second").isEqualTo(SECOND / 10);
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        TokenBucket bucket = new TokenBucket(10, 5, 0);
        for (int i = 0; i < 5; i++) {
            bucket.tryTake(0);
        }
        assertThat(bucket.tryTake(SECOND / 20)).as("half a token after 50 ms").isEqualTo(SECOND / 20);
        assertThat(bucket.tryTake(SECOND / 10)).as("one token after 100 ms").isZero();
        assertThat(bucket.tryTake(SECOND / 10)).isPositive();
        int allowed = 0;
        while (bucket.tryTake(SECOND / 10 + SECOND * 3 / 10) == 0) {
            allowed++;
        }
        assertThat(allowed).as("three more tokens 300 ms later").isEqualTo(3);
    }

    @Test
    void anIdleClientNeverSavesUpMoreThanItsBurst() {
        TokenBucket bucket = new TokenBucket(10, 5, 0);
        long later = 3600 * SECOND;
        assertThat(bucket.isFull(later)).isTrue();
        int allowed = 0;
        while (bucket.tryTake(later) == 0) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(5);
        assertThat(bucket.isFull(later)).isFalse();
    }

    @Test
    void aClockReadEarlierByAnotherThreadDoesNotMintTokens() {
        TokenBucket bucket = new TokenBucket(1, 1, 10 * SECOND);
        assertThat(bucket.tryTake(10 * SECOND)).isZero();
        assertThat(bucket.tryTake(9 * SECOND)).as("an older reading finds the bucket empty").isPositive();
        assertThat(bucket.tryTake(10 * SECOND + SECOND / 2)).isPositive();
        assertThat(bucket.tryTake(11 * SECOND)).isZero();
    }

    @Test
    void manyThreadsAtOnceGetExactlyTheBurstBetweenThem() throws Exception {
        TokenBucket bucket = new TokenBucket(1, 1000, 0);
        AtomicInteger allowed = new AtomicInteger();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 1000; i++) {
                        if (bucket.tryTake(0) == 0) {
                            allowed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(allowed.get()).isEqualTo(1000);
    }

    @Test
    void clientsHaveBucketsOfTheirOwn() {
        ClientBuckets buckets = new ClientBuckets(1, 2, 100, () -> 0);
        assertThat(buckets.tryTake("10.0.0.1")).isZero();
        assertThat(buckets.tryTake("10.0.0.1")).isZero();
        assertThat(buckets.tryTake("10.0.0.1")).isPositive();
        assertThat(buckets.tryTake("10.0.0.2")).as("another client is unaffected").isZero();
    }

    @Test
    void theMapNeverHoldsMoreClientsThanItsBound() {
        AtomicLong now = new AtomicLong();
        ClientBuckets buckets = new ClientBuckets(1, 2, 1000, now::get);
        for (int i = 0; i < 50_000; i++) {
            buckets.tryTake("client-" + i);
            assertThat(buckets.size()).isLessThanOrEqualTo(1000);
        }
    }

    @Test
    void idleClientsAreForgottenBeforeBusyOnes() {
        AtomicLong now = new AtomicLong();
        ClientBuckets buckets = new ClientBuckets(1, 2, 10, now::get);
        for (int i = 0; i < 9; i++) {
            buckets.tryTake("idle-" + i);
        }
        // the idle clients are full again by now; busy uses up its tokens
        now.set(5 * SECOND);
        buckets.tryTake("busy");
        buckets.tryTake("busy");
        assertThat(buckets.tryTake("busy")).as("busy is out of tokens").isPositive();
        buckets.tryTake("newcomer");
        assertThat(buckets.size()).isLessThanOrEqualTo(10);
        assertThat(buckets.tryTake("busy")).as("busy was kept: still out of tokens").isPositive();
    }

    @Test
    void manyThreadsAddingClientsKeepTheMapNearItsBound() throws Exception {
        ClientBuckets buckets = new ClientBuckets(1, 2, 500, System::nanoTime);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger largest = new AtomicInteger();
        try {
            for (int t = 0; t < threads; t++) {
                int offset = t;
                pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        buckets.tryTake(offset + "-" + i);
                        largest.accumulateAndGet(buckets.size(), Math::max);
                    }
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        // a thread that adds while another finishes sweeping leaves its client: at most one per thread over
        assertThat(buckets.size()).isLessThanOrEqualTo(500 + threads);
        // size() of a map under concurrent change is an estimate, and a thread may add before it evicts: near, not exact
        assertThat(largest.get()).as("never far over the bound").isLessThan(500 + 500 / 2);
    }
}
