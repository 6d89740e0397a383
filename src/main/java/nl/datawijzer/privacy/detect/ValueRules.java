package nl.datawijzer.privacy.detect;

import java.util.List;
import nl.datawijzer.privacy.detect.Vocabulary.Category;

/** The value rules, each a check from this package applied to a sample column. */
final class ValueRules {

    static final List<ValueDetector> DETECTORS = List.of(
            new ValueDetector("waarde.elfproef", "Voorbeeldwaarden voldoen aan de elfproef",
                    "Sample values pass the elfproef", Category.NATIONAL_ID, 0.95,
                    (value, today) -> Elfproef.isValid(value),
                    "voldoen aan de elfproef", "pass the elfproef (BSN check)",
                    "Het kan ook een RSIN van een organisatie zijn; dat is geen persoonsgegeven.",
                    "It may also be an organisation's RSIN, which is not personal data."),
            new ValueDetector("waarde.iban", "Voorbeeldwaarden zijn IBAN's", "Sample values are IBANs",
                    Category.FINANCIAL, 0.95, (value, today) -> Iban.isValid(value),
                    "zijn een geldig IBAN", "are a valid IBAN", "", ""),
            new ValueDetector("waarde.postcode", "Voorbeeldwaarden zijn postcodes", "Sample values are postcodes",
                    Category.NAW, 0.85, (value, today) -> Postcode.isValid(value),
                    "zijn een Nederlandse postcode", "are a Dutch postcode", "", ""),
            new ValueDetector("waarde.email", "Voorbeeldwaarden zijn e-mailadressen",
                    "Sample values are e-mail addresses", Category.NAW, 0.9,
                    (value, today) -> EmailAddress.isValid(value),
                    "zijn een e-mailadres", "are an e-mail address",
                    "Functionele adressen (zoals info@) zijn geen persoonsgegeven.",
                    "Functional addresses (such as info@) are not personal data."),
            new ValueDetector("waarde.telefoon", "Voorbeeldwaarden zijn telefoonnummers",
                    "Sample values are phone numbers", Category.NAW, 0.85,
                    (value, today) -> PhoneNumber.isValid(value),
                    "zijn een Nederlands telefoonnummer", "are a Dutch phone number", "", ""),
            new ValueDetector("waarde.geboortedatum", "Voorbeeldwaarden kunnen geboortedatums zijn",
                    "Sample values can be birth dates", Category.PERSONAL_CHARACTERISTICS, 0.5,
                    PartialDate::isPlausibleBirthDate,
                    "zijn een (eventueel gedeeltelijke) datum tussen " + PartialDate.EARLIEST_BIRTH_YEAR
                            + " en vandaag",
                    "are a (possibly partial) date between " + PartialDate.EARLIEST_BIRTH_YEAR + " and today",
                    "Elke datumkolom voldoet hieraan; alleen samen met de naam van het veld wijst dit echt op een "
                            + "geboortedatum.",
                    "Any date column passes this; only together with the field's name does it really point to a "
                            + "birth date."));

    private ValueRules() {
    }
}
