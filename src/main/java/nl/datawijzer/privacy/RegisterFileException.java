package nl.datawijzer.privacy;

import nl.datawijzer.privacy.detect.LocatedFileException;

/**
 * A register file that cannot be read as a whole: too large, too many rows, malformed CSV, not an XLSX workbook. The
 * message names the line and column where that is known; it never quotes the file's contents.
 */
public final class RegisterFileException extends LocatedFileException {

    public RegisterFileException(int line, int column, String messageNl, String messageEn) {
        super(line, column, messageNl, messageEn);
    }

    public static RegisterFileException whole(String messageNl, String messageEn) {
        return new RegisterFileException(0, 0, messageNl, messageEn);
    }
}
