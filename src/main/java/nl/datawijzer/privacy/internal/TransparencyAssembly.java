package nl.datawijzer.privacy.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.datawijzer.privacy.DataCategory;
import nl.datawijzer.privacy.Processing;
import nl.datawijzer.privacy.SystemTransparency;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RecordKind;
import org.jspecify.annotations.Nullable;

/**
 * Turns the facts of {@code transparency.rq} into the systems the public page shows. A system is shown when a
 * processing activity about residents concerns it, or when any of its fields holds personal data (then without
 * register details, so nothing is hidden). Its kinds of data are those of its fields and of its activities about
 * residents.
 */
final class TransparencyAssembly {

    static final String DW = "https://w3id.org/datawijzer/def#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String TITLE = DCT + "title";
    static final String DESCRIPTION = DCT + "description";
    static final String PURPOSE = DW + "purpose";
    static final String LEGAL_BASIS = "https://w3id.org/dpv#hasLegalBasis";
    static final String LEGAL_GROUND = DW + "legalGround";
    static final String DATA_SUBJECT = DW + "dataSubjectCategory";
    static final String CATEGORY = DW + "personalDataCategory";
    static final String RECIPIENT = DW + "recipient";
    static final String RETENTION = DW + "retentionPeriod";

    /**
     * The data subjects that are residents (list {@code dwv:betrokkenen}); activities about staff, entrepreneurs or
     * contact persons of organisations only are not what this page is about.
     */
    static final Set<String> RESIDENTS = Set.of("inwoners", "clienten", "aanvragers", "minderjarigen", "leerlingen")
            .stream().map(code -> "https://w3id.org/datawijzer/vocab/betrokkenen/" + code)
            .collect(Collectors.toUnmodifiableSet());

    private TransparencyAssembly() {
    }

    static List<SystemTransparency> assemble(List<TransparencyFact> facts, Map<String, TransparencyFact.ConceptLabel> labels,
            Locale language, Iris iris) {
        Labels names = new Labels(labels);
        String lang = language.getLanguage();
        Collator collator = Collator.getInstance(language);
        Map<String, SystemFacts> systems = new LinkedHashMap<>();
        for (TransparencyFact fact : facts) {
            SystemFacts system = systems.computeIfAbsent(fact.system(), SystemFacts::new);
            if (fact.activity() == null) {
                system.own.add(fact);
            } else {
                system.activities.computeIfAbsent(fact.activity(), a -> new ArrayList<>()).add(fact);
            }
        }
        List<SystemTransparency> shown = new ArrayList<>();
        for (SystemFacts system : systems.values()) {
            List<DataCategory> fieldCategories = categories(system.own, names, collator);
            List<Processing> processing = system.activities.values().stream()
                    .filter(TransparencyAssembly::concernsResidents)
                    .map(activity -> processing(activity, names, lang, collator))
                    .sorted(Comparator.comparing(Processing::title, collator))
                    .toList();
            if (fieldCategories.isEmpty() && processing.isEmpty()) {
                continue;
            }
            Map<String, DataCategory> categories = new TreeMap<>();
            fieldCategories.forEach(c -> categories.put(c.code(), c));
            processing.forEach(p -> p.categories().forEach(c -> categories.putIfAbsent(c.code(), c)));
            String name = first(texts(system.own, TITLE, lang));
            String id = iris.slugOf(RecordKind.SYSTEM, system.iri).orElse(system.iri);
            shown.add(new SystemTransparency(id, name == null ? id : name,
                    Objects.requireNonNullElse(first(texts(system.own, DESCRIPTION, lang)), ""),
                    sortedCategories(categories.values(), collator), processing));
        }
        shown.sort(Comparator.comparing(SystemTransparency::name, collator));
        return shown;
    }

    private static List<DataCategory> sortedCategories(Collection<DataCategory> categories, Collator collator) {
        return categories.stream().sorted(Comparator.comparing((DataCategory c) -> !c.special())
                .thenComparing(DataCategory::label, collator)).toList();
    }

    private static boolean concernsResidents(List<TransparencyFact> activity) {
        return activity.stream().anyMatch(f -> f.property().equals(DATA_SUBJECT) && RESIDENTS.contains(f.value()));
    }

    private static Processing processing(List<TransparencyFact> activity, Labels names, String lang,
            Collator collator) {
        return new Processing(
                Objects.requireNonNullElse(first(texts(activity, TITLE, lang)), ""),
                sorted(texts(activity, PURPOSE, lang), collator),
                sorted(names.of(activity, LEGAL_BASIS), collator),
                first(texts(activity, LEGAL_GROUND, lang)),
                sorted(names.of(activity, DATA_SUBJECT), collator),
                categories(activity, names, collator),
                first(texts(activity, RETENTION, lang)),
                sorted(texts(activity, RECIPIENT, lang), collator));
    }

    private static List<DataCategory> categories(List<TransparencyFact> facts, Labels names, Collator collator) {
        Map<String, DataCategory> categories = new TreeMap<>();
        for (TransparencyFact fact : facts) {
            if (fact.property().equals(CATEGORY) && fact.concept()) {
                String code = code(fact.value());
                if (DataCategory.isValidCode(code)) {
                    categories.merge(code, new DataCategory(code, names.label(fact.value()), names.special(fact.value())),
                            (a, b) -> new DataCategory(code, a.label(), a.special() || b.special()));
                }
            }
        }
        return sortedCategories(categories.values(), collator);
    }

    /**
     * The texts of one property in the reader's language, or else in Dutch (or without a language). Translations of
     * multi-valued texts such as purposes cannot be paired, so one language is shown, never a mix, and the reader's
     * language only when it has as many texts as the Dutch: a missing translation must not hide a purpose.
     */
    private static List<String> texts(List<TransparencyFact> facts, String property, String lang) {
        List<TransparencyFact> values = facts.stream().filter(f -> f.property().equals(property) && !f.concept()).toList();
        List<String> inLanguage = inLanguage(values, lang);
        List<String> dutch = inLanguage(values, "nl");
        if (!inLanguage.isEmpty() && inLanguage.size() >= dutch.size()) {
            return inLanguage;
        }
        if (!dutch.isEmpty()) {
            return dutch;
        }
        List<String> plain = inLanguage(values, "");
        return plain.isEmpty() ? values.stream().map(TransparencyFact::value).distinct().toList() : plain;
    }

    private static List<String> inLanguage(List<TransparencyFact> values, String lang) {
        return values.stream().filter(f -> lang.isEmpty() ? f.language().isEmpty()
                        : f.language().toLowerCase(Locale.ROOT).split("-")[0].equals(lang))
                .map(TransparencyFact::value).distinct().toList();
    }

    /** Concept labels: in the reader's language, else Dutch, else the concept's code written as a word. */
    private record Labels(Map<String, TransparencyFact.ConceptLabel> concepts) {

        List<String> of(List<TransparencyFact> facts, String property) {
            return facts.stream().filter(f -> f.property().equals(property) && f.concept()).map(TransparencyFact::value)
                    .distinct().map(this::label).distinct().toList();
        }

        String label(String iri) {
            TransparencyFact.ConceptLabel concept = concepts.get(iri);
            if (concept != null && concept.label() != null && !concept.label().isBlank()) {
                return concept.label();
            }
            if (concept != null && concept.dutchLabel() != null && !concept.dutchLabel().isBlank()) {
                return concept.dutchLabel();
            }
            String code = code(iri).replace('-', ' ');
            return code.isEmpty() ? iri : Character.toUpperCase(code.charAt(0)) + code.substring(1);
        }

        boolean special(String iri) {
            TransparencyFact.ConceptLabel concept = concepts.get(iri);
            return concept != null && concept.special();
        }
    }

    private static String code(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }

    private static List<String> sorted(List<String> texts, Collator collator) {
        return texts.stream().sorted(collator).toList();
    }

    private static @Nullable String first(List<String> texts) {
        return texts.isEmpty() ? null : texts.getFirst();
    }

    private static final class SystemFacts {
        final String iri;
        final List<TransparencyFact> own = new ArrayList<>();
        final Map<String, List<TransparencyFact>> activities = new LinkedHashMap<>();

        SystemFacts(String iri) {
            this.iri = iri;
        }
    }
}
