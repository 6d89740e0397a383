package nl.datawijzer.lineage.openlineage;

import java.util.List;

/** An event that is not a valid RunEvent; each problem names the bad part as a JSON Pointer (RFC 6901). */
public class MalformedEventException extends RuntimeException {

    /** {@code pointer} is {@code ""} for the whole document. */
    public record Problem(String pointer, String detail) {
    }

    private final List<Problem> problems;

    public MalformedEventException(List<Problem> problems) {
        super(problems.isEmpty() ? "Ongeldige gebeurtenis" : problems.getFirst().detail());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
