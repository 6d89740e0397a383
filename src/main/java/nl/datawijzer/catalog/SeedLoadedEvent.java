package nl.datawijzer.catalog;

/**
 * Published (synchronously) after the seed has loaded into an empty store, so that features with data outside the
 * store, such as the hosted files of seeded distributions, can add theirs before the application serves requests.
 *
 * @param records the number of record graphs the seed wrote
 */
public record SeedLoadedEvent(int records) {
}
