package nl.datawijzer.privacy.detect;

/**
 * A sample file that cannot be read; the messages start with the line and column where it went wrong.
 */
public final class SampleFileException extends LocatedFileException {

    SampleFileException(int line, int column, String nl, String en) {
        super(line, column, prefixNl(line, column) + nl, prefixEn(line, column) + en);
    }

    static SampleFileException whole(String nl, String en) {
        return new SampleFileException(0, 0, nl, en);
    }

    static SampleFileException atLine(int line, String nl, String en) {
        return new SampleFileException(line, 0, nl, en);
    }

    private static String prefixNl(int line, int column) {
        return line == 0 ? "" : column == 0 ? "Regel " + line + ": " : "Regel " + line + ", kolom " + column + ": ";
    }

    private static String prefixEn(int line, int column) {
        return line == 0 ? "" : column == 0 ? "Line " + line + ": " : "Line " + line + ", column " + column + ": ";
    }
}
