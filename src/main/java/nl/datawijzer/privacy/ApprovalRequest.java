package nl.datawijzer.privacy;

import nl.datawijzer.catalog.FieldId;

/**
 * The privacy officer approves the derivation of {@code derivedField} from {@code sourceField} as a step of the given
 * kind, and says why.
 */
public record ApprovalRequest(FieldId derivedField, FieldId sourceField, StepKind stepKind, String rationale) {

    public ApprovalRequest {
        rationale = Rationales.checked(rationale);
        if (derivedField.equals(sourceField)) {
            throw new IllegalArgumentException("Een veld is niet van zichzelf afgeleid / a field is not derived from itself");
        }
    }
}
