package nl.datawijzer.quality;

/** A manual run that cannot start: one is already running for the dataset, or it has no source to profile. */
public class RunRefusedException extends RuntimeException {

    private final String messageNl;

    public RunRefusedException(String messageNl, String messageEn) {
        super(messageEn);
        this.messageNl = messageNl;
    }

    public String messageNl() {
        return messageNl;
    }
}
