package nl.datawijzer.privacy;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.datawijzer.catalog.Language;
import nl.datawijzer.privacy.internal.TransparencyProperties;
import nl.datawijzer.privacy.internal.TransparencyRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Waar ben ik bekend?": for everyone, without signing in, which systems hold which kinds of personal data about
 * residents, why, on which legal basis, how long and for whom, and how to ask for one's own data. Generated from the
 * field classifications and the processing register; it carries concept labels and register texts only, never a
 * field.
 *
 * <p>The answer is kept per language until the store's revision changes, so any committed change to the catalog or
 * the register (whatever service made it) is visible at the next request, and every other request costs one read of
 * that number.
 */
@Service
@EnableConfigurationProperties(TransparencyProperties.class)
public class TransparencyService {

    private final TransparencyRepository repository;
    private final InspectionContact inspection;
    private final Map<String, Snapshot> cache = new ConcurrentHashMap<>();
    private final Object building = new Object();

    TransparencyService(TransparencyRepository repository, TransparencyProperties properties) {
        this.repository = repository;
        this.inspection = new InspectionContact(properties.inspectionUrl(), properties.inspectionEmail());
    }

    /** In the reader's language (Dutch unless English was asked for). */
    @PreAuthorize("permitAll()")
    public TransparencyOverview overview() {
        return overview(Language.current());
    }

    @PreAuthorize("permitAll()")
    public TransparencyOverview overview(Locale locale) {
        Locale language = "en".equals(locale.getLanguage()) ? Language.ENGLISH : Language.DUTCH;
        long revision = repository.revision();
        Snapshot cached = cache.get(language.getLanguage());
        if (cached != null && cached.revision() == revision) {
            return cached.overview();
        }
        // One build at a time: many residents opening the page after a change need one query, not one each.
        synchronized (building) {
            cached = cache.get(language.getLanguage());
            if (cached != null && cached.revision() == revision) {
                return cached.overview();
            }
            List<SystemTransparency> systems = repository.systems(language);
            TransparencyOverview overview = new TransparencyOverview(systems,
                    categoriesOf(systems, language), inspection);
            cache.put(language.getLanguage(), new Snapshot(revision, overview));
            return overview;
        }
    }

    /** Every kind of data among the systems, once, special categories first (for the filter and the legend). */
    private static List<DataCategory> categoriesOf(List<SystemTransparency> systems, Locale language) {
        Map<String, DataCategory> all = new TreeMap<>();
        systems.forEach(s -> s.categories().forEach(c -> all.putIfAbsent(c.code(), c)));
        Collator collator = Collator.getInstance(language);
        return all.values().stream().sorted(Comparator.comparing((DataCategory c) -> !c.special())
                .thenComparing(DataCategory::label, collator)).toList();
    }

    public InspectionContact inspection() {
        return inspection;
    }

    private record Snapshot(long revision, TransparencyOverview overview) {
    }
}
