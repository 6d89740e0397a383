package nl.datawijzer.lineage;

/**
 * What a change to {@code focus} touches (downstream) and what it depends on (upstream).
 *
 * @param depth the most edges followed; {@link LineageService#UNLIMITED} for no limit
 */
public record Impact(LineageNode focus, boolean fields, int depth, Closure downstream, Closure upstream) {
}
