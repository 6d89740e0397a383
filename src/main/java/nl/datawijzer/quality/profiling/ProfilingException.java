package nl.datawijzer.quality.profiling;

/**
 * A profiling run that could not finish: an unreachable database, wrong credentials, a missing table, a malformed, huge
 * or wrongly encoded file. The messages are for the person who started the run; they never contain a password, a
 * connection's secret or a value from the data.
 */
public class ProfilingException extends RuntimeException {

    private final String messageNl;
    private final String messageEn;

    public ProfilingException(String messageNl, String messageEn) {
        super(messageEn);
        this.messageNl = messageNl;
        this.messageEn = messageEn;
    }

    public ProfilingException(String messageNl, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.messageNl = messageNl;
        this.messageEn = messageEn;
    }

    public String messageNl() {
        return messageNl;
    }

    public String messageEn() {
        return messageEn;
    }
}
