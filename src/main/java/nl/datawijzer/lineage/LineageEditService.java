package nl.datawijzer.lineage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.lineage.internal.LinkWriter;
import nl.datawijzer.rdf.WriteRefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Stewards add and remove lineage links: {@code prov:wasDerivedFrom} between two datasets or between two fields.
 * Refused, with nothing written: a link of a record to itself, a link between a field and a dataset, a record that
 * does not exist, and a link that would make a cycle (the message names it). Adding a link that exists, or removing
 * one that does not, changes nothing and says so.
 */
@Service
public class LineageEditService {

    private static final String PROV_WAS_DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom";
    private static final Pattern ID = Pattern.compile(
            "dataset/([a-z][a-z0-9-]{0,79})(?:/field/([a-z][a-z0-9-]{0,79}))?");

    private final LinkWriter writer;
    private final ApplicationEventPublisher events;

    LineageEditService(LinkWriter writer, ApplicationEventPublisher events) {
        this.writer = writer;
        this.events = events;
    }

    /**
     * Records that {@code derived} is made from {@code source} (both node ids, see {@link LineageNode#id}).
     *
     * @return false when the link was there already
     * @throws WriteRefusedException for a self-link, a field-dataset mix or a cycle
     * @throws nl.datawijzer.catalog.RecordNotFoundException when either record does not exist
     */
    @PreAuthorize("hasRole('BEHEERDER')")
    public boolean addDerivation(String derived, String source) {
        LinkWriter.End[] ends = ends(derived, source);
        boolean added = writer.add(ends[0], ends[1]);
        if (added) {
            changed(ends[0]);
        }
        return added;
    }

    /**
     * Removes the link that {@code derived} is made from {@code source}.
     *
     * @return false when there was no such link
     */
    @PreAuthorize("hasRole('BEHEERDER')")
    public boolean removeDerivation(String derived, String source) {
        LinkWriter.End[] ends = ends(derived, source);
        boolean removed = writer.remove(ends[0], ends[1]);
        if (removed) {
            changed(ends[0]);
        }
        return removed;
    }

    private void changed(LinkWriter.End derived) {
        events.publishEvent(new CatalogChangedEvent("dataset", derived.dataset(), CatalogChangedEvent.Change.UPDATED));
    }

    private static LinkWriter.End[] ends(String derived, String source) {
        LinkWriter.End to = end(derived);
        LinkWriter.End from = end(source);
        if (to.equals(from)) {
            throw WriteRefusedException.of(PROV_WAS_DERIVED_FROM,
                    "Een " + (to.field() == null ? "dataset" : "veld") + " kan niet van zichzelf zijn afgeleid.",
                    "A " + (to.field() == null ? "dataset" : "field") + " cannot be derived from itself.");
        }
        if ((to.field() == null) != (from.field() == null)) {
            throw WriteRefusedException.of(PROV_WAS_DERIVED_FROM,
                    "Een afleiding verbindt twee datasets of twee velden, niet een veld met een dataset.",
                    "A derivation links two datasets or two fields, not a field with a dataset.");
        }
        return new LinkWriter.End[] {to, from};
    }

    private static LinkWriter.End end(String id) {
        Matcher matcher = ID.matcher(id == null ? "" : id);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + id + "' is geen dataset of veld: gebruik dataset/{naam} of "
                    + "dataset/{naam}/field/{veld}.");
        }
        return new LinkWriter.End(matcher.group(1), matcher.group(2));
    }
}
