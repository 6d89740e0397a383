package nl.datawijzer.opendata.hosting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file types a steward may host, with the terms DCAT-AP-NL describes them by. */
public enum HostedFileType {
    CSV("csv", "text/csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSON("json", "application/json");

    private static final String EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private final String extension;
    private final String contentType;

    HostedFileType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    /** The HTTP Content-Type the file is served with. */
    public String contentType() {
        return contentType;
    }

    /** dct:format: the EU file-type IRI. */
    public String formatIri() {
        return EU_FILE_TYPE + name();
    }

    /** dcat:mediaType: the IANA IRI, as the seed writes it. */
    public String mediaTypeIri() {
        return IANA + contentType;
    }

    /** The type a file name's extension names, if it is one of ours. */
    public static Optional<HostedFileType> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.extension.equals(extension)).findFirst();
    }

    /** The type a dct:format IRI names, if it is one of ours. */
    public static Optional<HostedFileType> ofFormat(String formatIri) {
        return Arrays.stream(values()).filter(type -> type.formatIri().equals(formatIri)).findFirst();
    }
}
