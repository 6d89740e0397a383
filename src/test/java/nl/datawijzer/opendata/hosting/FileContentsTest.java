package nl.datawijzer.opendata.hosting;

import static nl.datawijzer.opendata.hosting.HostedFilesFixture.utf8;
import static nl.datawijzer.opendata.hosting.HostedFilesFixture.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileContentsTest {

    @TempDir
    Path dir;

    @Test
    void acceptsUtf8CsvWithOrWithoutByteOrderMark() throws IOException {
        assertThatCode(() -> FileContents.check(HostedFileType.CSV, file(utf8("wijk;aantal\nCentrum;15\n"))))
                .doesNotThrowAnyException();
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("wijk,aantal\nOost,20\n"));
        assertThatCode(() -> FileContents.check(HostedFileType.CSV, file(bom))).doesNotThrowAnyException();
    }

    @Test
    void refusesCsvThatIsNotUtf8Text() throws IOException {
        byte[] latin1 = "wijk;aantal\nCentrum;15\nBloemenbuurt é;5\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> FileContents.check(HostedFileType.CSV, file(latin1)))
                .isInstanceOf(UploadRefusedException.class).hasMessageContaining("geen UTF-8");
    }

    @Test
    void refusesAWorkbookOrJsonDisguisedAsCsv() throws IOException {
        Path workbook = file(xlsx(new Object[] {"a"}, new Object[] {1}));
        assertThatThrownBy(() -> FileContents.check(HostedFileType.CSV, workbook))
                .isInstanceOf(UploadRefusedException.class).hasMessageContaining("geen geldig CSV-bestand");
        Path json = file(utf8("[{\"a\": 1}]"));
        assertThatThrownBy(() -> FileContents.check(HostedFileType.CSV, json))
                .isInstanceOf(UploadRefusedException.class).hasMessageContaining("JSON");
    }

    @Test
    void refusesABrokenOrFakeWorkbook() throws IOException {
        byte[] real = xlsx(new Object[] {"a"}, new Object[] {1});
        Path truncated = file(Arrays.copyOf(real, real.length / 2));
        assertThatThrownBy(() -> FileContents.check(HostedFileType.XLSX, truncated))
                .isInstanceOf(UploadRefusedException.class).hasMessageContaining("geen geldig XLSX-bestand");
        Path text = file(utf8("wijk,aantal\n"));
        assertThatThrownBy(() -> FileContents.check(HostedFileType.XLSX, text))
                .isInstanceOf(UploadRefusedException.class).hasMessageContaining("geen Excel-werkmap");
    }

    @Test
    void refusesMalformedOrNestedJson() throws IOException {
        assertThatThrownBy(() -> FileContents.check(HostedFileType.JSON, file(utf8("[{\"a\": 1},"))))
                .isInstanceOf(UploadRefusedException.class).hasMessageContaining("geen geldige JSON");
        assertThatThrownBy(() -> FileContents.check(HostedFileType.JSON, file(utf8("{\"a\": 1}"))))
                .isInstanceOf(UploadRefusedException.class).hasMessageContaining("lijst (array) van objecten");
        assertThatThrownBy(() -> FileContents.check(HostedFileType.JSON, file(utf8("[{\"a\": {\"b\": 1}}]"))))
                .isInstanceOf(UploadRefusedException.class).hasMessageContaining("'a' is genest");
        assertThatThrownBy(() -> FileContents.check(HostedFileType.JSON, file(utf8("[1, 2]"))))
                .isInstanceOf(UploadRefusedException.class).hasMessageContaining("moet een object zijn");
    }

    @Test
    void turnsTheFirstSheetOfAWorkbookIntoCsvWithValuesAsShown() throws IOException {
        Path workbook = file(xlsx(new Object[] {"wijk", "aantal", "toelichting"},
                new Object[] {"Centrum", 15, "a, b"}, new Object[] {"Oost", 2.5, "zegt \"ja\""}));

        String csv = new String(FileContents.asCsv(HostedFileType.XLSX, workbook), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("wijk,aantal,toelichting\nCentrum,15,\"a, b\"\nOost,\"2,5\",\"zegt \"\"ja\"\"\"\n");
    }

    @Test
    void turnsAJsonArrayOfObjectsIntoCsvWithTheKeysAsHeader() throws IOException {
        Path json = file(utf8("[{\"wijk\": \"Centrum\", \"aantal\": 15}, {\"wijk\": \"Oost\", \"aantal\": 3, "
                + "\"bron\": null}, {\"aantal\": 7, \"bron\": \"CBS\"}]"));

        String csv = new String(FileContents.asCsv(HostedFileType.JSON, json), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("wijk,aantal,bron\nCentrum,15,\nOost,3,\n,7,CBS\n");
    }

    @Test
    void givesACsvAsItIs() throws IOException {
        byte[] bytes = utf8("wijk;aantal\nCentrum;15\n");
        assertThat(FileContents.asCsv(HostedFileType.CSV, file(bytes))).isEqualTo(bytes);
    }

    @Test
    void sanitisesFileNamesAndDerivesADistributionSlug() {
        assertThat(HostedFileService.sanitise("C:\\Users\\piet\\Wmo cliënten 2025.CSV")).isEqualTo("Wmo-clienten-2025.csv");
        assertThat(HostedFileService.sanitise("../../etc/passwd.json")).isEqualTo("passwd.json");
        assertThat(HostedFileService.sanitise("..hidden.csv")).isEqualTo("hidden.csv");
        assertThat(HostedFileService.slugOf("Wmo-clienten-2025.csv")).isEqualTo("wmo-clienten-2025-csv");
        assertThat(HostedFileService.slugOf("2025.json")).isEqualTo("bestand-2025-json");
        assertThatThrownBy(() -> HostedFileService.sanitise("///")).isInstanceOf(UploadRefusedException.class);
    }

    private Path file(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".bin");
        Files.write(file, bytes);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
