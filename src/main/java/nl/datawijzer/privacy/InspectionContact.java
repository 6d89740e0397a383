package nl.datawijzer.privacy;

/**
 * Where a resident asks to see his own data (inzageverzoek, art. 15 GDPR); configured with
 * {@code datawijzer.transparency.inspection-url} and {@code inspection-email}.
 */
public record InspectionContact(String url, String email) {
}
