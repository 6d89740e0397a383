package nl.datawijzer.privacy.detect;

import java.util.List;

/** A named detection rule. Its id is stable: stored with a suggestion, so never renamed once released. */
interface Detector {

    String id();

    String titleNl();

    String titleEn();

    List<Suggestion> detect(FieldInput field);
}
