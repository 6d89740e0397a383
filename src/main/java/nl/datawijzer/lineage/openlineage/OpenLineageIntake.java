package nl.datawijzer.lineage.openlineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.lineage.openlineage.internal.EventWriter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Takes checked RunEvents into the catalogue, each answered only after its data is committed. Who may call it is
 * decided by the intake's own filter chain (an API token); there is no portal user behind a call, so no
 * {@code @PreAuthorize}.
 *
 * <p>Group commit: every TDB2 commit waits for the disk (fsync), which caps one-write-per-event at a few dozen events
 * a second, while ETL tools send events for many jobs at once. So concurrent callers hand their event to one writer
 * thread, which takes all that are waiting (up to {@code maxBatch}) and maps them in order in one validated write; a
 * lone caller gets a batch of one, as before. When the batch is refused or one mapping throws, the writer applies
 * that batch's events again one write each, so each caller gets the answer it would have got alone and a bad event
 * neither takes the others down nor leaves anything behind.
 */
@Service
public class OpenLineageIntake implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(OpenLineageIntake.class);
    private static final long SHUTDOWN_WAIT_SECONDS = 60;

    private final EventWriter writer;
    private final ApplicationEventPublisher events;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Object submitLock = new Object();
    private final Thread worker;
    private boolean closed;

    OpenLineageIntake(EventWriter writer, ApplicationEventPublisher events, OpenLineageProperties properties) {
        this.writer = writer;
        this.events = events;
        this.maxBatch = properties.maxBatch();
        this.worker = Thread.ofPlatform().name("openlineage-intake-writer").daemon(true).unstarted(this::work);
        worker.start();
    }

    /**
     * Returns when the event is committed (or refused). Safe to call from many threads at once.
     *
     * @throws nl.datawijzer.rdf.WriteRefusedException when the result would not conform to the shapes; nothing is written
     */
    public IntakeResult receive(RunEvent event) {
        Pending pending = new Pending(event);
        boolean queued;
        synchronized (submitLock) {
            queued = !closed && queue.add(pending);
        }
        // After shutdown began (a request that slipped in late) the event is written by the caller, never dropped.
        IntakeResult result = queued ? pending.await() : writer.write(event);
        // After the commit, as every catalogue write, and on the caller's thread so that the search index has
        // followed before the answer goes out, as for one write per event.
        result.createdDatasets().forEach(slug ->
                events.publishEvent(new CatalogChangedEvent("dataset", slug, CatalogChangedEvent.Change.CREATED)));
        result.updatedDatasets().forEach(slug ->
                events.publishEvent(new CatalogChangedEvent("dataset", slug, CatalogChangedEvent.Change.UPDATED)));
        return result;
    }

    /** Stops taking events into the queue and returns once every queued event is written and answered. */
    @Override
    public void destroy() throws InterruptedException {
        synchronized (submitLock) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(Pending.STOP);
        }
        worker.join(TimeUnit.SECONDS.toMillis(SHUTDOWN_WAIT_SECONDS));
        if (worker.isAlive()) {
            LOG.warn("OpenLineage intake: writer still busy after {} s at shutdown", SHUTDOWN_WAIT_SECONDS);
        }
    }

    private void work() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (true) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                // Nothing interrupts this thread but the JVM going down; queued callers are then lost with it.
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, maxBatch - 1);
            boolean stop = batch.remove(Pending.STOP);
            // STOP is queued last under the lock, so whatever was drained with it came before it: write those too.
            if (!batch.isEmpty()) {
                try {
                    write(batch);
                } catch (Throwable unexpected) {
                    // Never leave a caller waiting for ever; those already answered keep their answer.
                    batch.forEach(pending -> pending.result.completeExceptionally(unexpected));
                    LOG.error("OpenLineage intake: writing a batch failed", unexpected);
                }
            }
            if (stop) {
                return;
            }
        }
    }

    private void write(List<Pending> batch) {
        if (batch.size() > 1) {
            List<IntakeResult> results;
            try {
                results = writer.writeAll(batch.stream().map(Pending::checkedEvent).toList());
            } catch (RuntimeException refused) {
                results = null;
            }
            if (results != null) {
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).result.complete(results.get(i));
                }
                return;
            }
        }
        for (Pending pending : batch) {
            try {
                pending.result.complete(writer.write(pending.checkedEvent()));
            } catch (RuntimeException | Error e) {
                pending.result.completeExceptionally(e);
            }
        }
    }

    /** One caller's event and the answer it waits for; {@link #STOP} (no event) ends the writer. */
    private record Pending(@Nullable RunEvent event, CompletableFuture<IntakeResult> result) {
        static final Pending STOP = new Pending(null, new CompletableFuture<>());

        Pending(RunEvent event) {
            this(event, new CompletableFuture<>());
        }

        RunEvent checkedEvent() {
            return Objects.requireNonNull(event);
        }

        /** Waits through interrupts: the event is committed or refused either way, and the caller must hear which. */
        IntakeResult await() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return result.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof RuntimeException runtime) {
                            throw runtime;
                        }
                        if (e.getCause() instanceof Error error) {
                            throw error;
                        }
                        throw new IllegalStateException(e.getCause());
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
