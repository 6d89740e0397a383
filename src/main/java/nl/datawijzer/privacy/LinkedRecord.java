package nl.datawijzer.privacy;

/** A system or dataset of the catalogue that an activity of the register links to: its slug and Dutch title. */
public record LinkedRecord(String slug, String title) {
}
