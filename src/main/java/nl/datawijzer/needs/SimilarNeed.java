package nl.datawijzer.needs;

/** An existing need that resembles a question, with how much (0..1, see {@link NeedService#similar}). */
public record SimilarNeed(NeedId id, String question, NeedStep step, double score) {
}
