package nl.datawijzer.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import nl.datawijzer.catalog.SeedLoadedEvent;
import nl.datawijzer.metrics.internal.CountQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The catalog's sizes as gauges. A scrape only reads the cached {@link CatalogCounts}; counting is one query, run when
 * the seed was loaded and every {@code datawijzer.metrics.refresh-interval} if the store's revision has moved (an O(1)
 * check, which also notices writes by other nodes sharing the store).
 */
@Component
class CatalogGauges {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogGauges.class);

    private final CountQuery counts;
    private final AtomicReference<CatalogCounts> current = new AtomicReference<>(CatalogCounts.NONE);

    CatalogGauges(CountQuery counts, MeterRegistry registry) {
        this.counts = counts;
        gauge(registry, "datawijzer.catalog.systems", "Systems (applications) in the catalog", CatalogCounts::systems);
        gauge(registry, "datawijzer.catalog.datasets", "Datasets in the catalog", CatalogCounts::datasets);
        gauge(registry, "datawijzer.catalog.fields", "Fields of all datasets", CatalogCounts::fields);
        gauge(registry, "datawijzer.catalog.datasets.published", "Datasets published as open data",
                CatalogCounts::publishedDatasets);
        gauge(registry, "datawijzer.needs.open", "Information needs submitted and not yet rejected or closed",
                CatalogCounts::openNeeds);
        gauge(registry, "datawijzer.catalog.fields.unreviewed",
                "Fields whose privacy classification the FG has not reviewed yet", CatalogCounts::unreviewedFields);
        Gauge.builder("datawijzer.store.revision", counts, CountQuery::revision)
                .description("The store's revision: grows with every committed write").register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<CatalogCounts> value) {
        Gauge.builder(name, current, ref -> value.applyAsDouble(ref.get())).description(description).register(registry);
    }

    @EventListener(SeedLoadedEvent.class)
    void seedLoaded() {
        recount();
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${datawijzer.metrics.refresh-interval:30s}")
    void refresh() {
        if (counts.revision() != current.get().revision()) {
            recount();
        }
    }

    private void recount() {
        try {
            current.set(counts.count());
        } catch (RuntimeException e) {
            // A store that is down must not break the scrape: the gauges keep the last counts and the next run retries.
            LOG.warn("Tellingen van de catalogus voor de metrics mislukt: {}", e.getMessage());
        }
    }
}
