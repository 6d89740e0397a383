package nl.datawijzer.rdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * On a node that shares a remote store with others: looks every few seconds whether the store's revision moved, reads
 * the audit entries of the new revisions, and announces the records other nodes changed, so this node's indexes and
 * views follow. Checking the revision is one small query; the entries are read only when it moved.
 */
@Component
class StoreFollower implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreFollower.class);
    /** Beyond this many new revisions at once, rebuilding is cheaper than reading them all. */
    static final int MAX_LISTED = 2_000;

    private final RdfStore store;
    private final Iris iris;
    private final ApplicationEventPublisher events;
    private final StoreProperties properties;
    private final SecurityContextHolderStrategy holder;
    private ScheduledExecutorService timer;
    private long seen;
    private boolean failing;

    StoreFollower(RdfStore store, Iris iris, ApplicationEventPublisher events, StoreProperties properties,
            ObjectProvider<SecurityContextHolderStrategy> holders) {
        // The application's strategy (Vaadin installs its own); a context with only the store (the backup command)
        // has none and never follows anyway.
        this.holder = holders.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.store = store;
        this.iris = iris;
        this.events = events;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.remote().enabled()) {
            return; // an embedded store has no other writers
        }
        seen = store.revision();
        long every = properties.remote().followInterval().toMillis();
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("store-follower").daemon()
                .factory());
        timer.scheduleWithFixedDelay(this::followQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void followQuietly() {
        try {
            follow();
            if (failing) {
                log.info("The store answers again; following other nodes' changes");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Cannot follow other nodes' changes now (will keep trying): {}", e.getMessage());
                failing = true;
            }
        }
    }

    /** One look at the store; returns the event it published, if any. */
    synchronized StoreChangedElsewhereEvent follow() {
        long now = store.revision();
        if (now == seen) {
            return null;
        }
        StoreChangedElsewhereEvent event = now < seen || now - seen > MAX_LISTED
                ? new StoreChangedElsewhereEvent(Set.of(), true)
                : changesBetween(seen, now);
        boolean anything = event.everything() || !event.records().isEmpty();
        if (anything) {
            log.debug("Following {} from other nodes", event.everything() ? "a full change" : event.records());
            // A listener that fails leaves the revision unseen: the next look offers the same changes again (the
            // listeners only bring derived data up to date, so doing that twice is harmless; missing it is not).
            asSystem(() -> events.publishEvent(event));
        }
        seen = now;
        return anything ? event : null;
    }

    private StoreChangedElsewhereEvent changesBetween(long from, long to) {
        List<Node> entries = new ArrayList<>();
        for (long revision = from + 1; revision <= to; revision++) {
            entries.add(iris.auditEntry(revision));
        }
        List<Binding> rows = store.read(r -> r.select(
                Sparql.query("nl/datawijzer/rdf/remote/audit-entries.rq").values("entry", entries)));
        String own = store instanceof RemoteRdfStore remote ? remote.nodeId() : "";
        Set<Node> found = new LinkedHashSet<>();
        Set<RecordRef> records = new LinkedHashSet<>();
        boolean restored = false;
        for (Binding row : rows) {
            found.add(row.get(Var.alloc("entry")));
            restored |= row.get(Var.alloc("restored")) != null;
            if (own.equals(row.get(Var.alloc("node")).getLiteralLexicalForm())) {
                continue; // this node followed its own writes when it made them
            }
            Node graph = row.get(Var.alloc("graph"));
            if (graph != null) {
                iris.recordOfGraph(graph).ifPresent(records::add);
            }
        }
        // A restore, or a revision without its entry (the store replaced some other way): rebuild everything.
        return new StoreChangedElsewhereEvent(records, restored || found.size() < entries.size());
    }

    /**
     * Listeners read through services that check the caller's role; nobody is signed in on this thread, so it reads as
     * the system, with staff reading rights only.
     */
    private void asSystem(Runnable work) {
        SecurityContext previous = holder.getContext();
        SecurityContext system = holder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(WriteAuthor.SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_MEDEWERKER"))));
        holder.setContext(system);
        try {
            work.run();
        } finally {
            holder.setContext(previous);
        }
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
