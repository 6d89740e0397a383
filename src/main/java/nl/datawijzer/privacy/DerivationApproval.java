package nl.datawijzer.privacy;

import java.time.Instant;
import nl.datawijzer.catalog.FieldId;

/** The privacy officer's approval of one derivation link as an anonymisation or aggregation step: who, when, why. */
public record DerivationApproval(FieldId derivedField, FieldId sourceField, StepKind stepKind, String decidedBy,
        Instant at, String rationale) {
}
