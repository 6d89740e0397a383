package nl.datawijzer.quality.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxProfilerTest {

    private static FieldSpec spec(String name, String datatype, ValueFormat format, boolean key, Set<String> codes) {
        return new FieldSpec(name, datatype, Optional.ofNullable(format), key, codes, Optional.empty());
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static DatasetProfile profile(byte[] xlsx, List<Double> progress, FieldSpec... fields) {
        return XlsxProfiler.profile(new ByteArrayInputStream(xlsx), xlsx.length, new ProfileSpec(List.of(fields)),
                progress::add);
    }

    @Test
    void profilesTheFirstSheetWithDateCellsNumbersAndGaps() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
        CellStyle moment = workbook.createCellStyle();
        moment.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        Sheet sheet = workbook.createSheet("Cliënten");
        Row header = sheet.createRow(0);
        String[] names = {"Id", "bsn", "geboren", "gewijzigd", "categorie", "bedrag", "actief", "toelichting"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row first = sheet.createRow(1);
        first.createCell(0).setCellValue(1);
        first.createCell(1).setCellValue(12345672); // a BSN that lost its leading zero in a number cell
        first.createCell(2).setCellValue(LocalDate.of(1980, 2, 29));
        first.getCell(2).setCellStyle(date);
        first.createCell(3).setCellValue(LocalDateTime.of(2024, 3, 1, 10, 30));
        first.getCell(3).setCellStyle(moment);
        first.createCell(4).setCellValue("01");
        first.createCell(5).setCellValue(12.5);
        first.createCell(6).setCellValue(true);
        Row second = sheet.createRow(2);
        second.createCell(0).setCellValue(1);
        second.createCell(1).setCellValue("111222334");
        second.createCell(2).setCellValue("31-02-1980");
        second.createCell(4).setCellValue("99");
        second.createCell(5).setCellValue(1e7);
        second.createCell(6).setCellValue("misschien");
        // row 4 (index 3) is left out: a blank row is skipped
        Row fourth = sheet.createRow(4);
        fourth.createCell(0).setCellValue(3);
        fourth.createCell(2).setCellValue(" ");
        workbook.createSheet("Tweede").createRow(0).createCell(0).setCellValue("niet gelezen");
        List<Double> progress = new ArrayList<>();

        DatasetProfile profile = profile(bytes(workbook), progress,
                spec("id", "integer", null, true, Set.of()),
                spec("bsn", "integer", ValueFormat.BSN, false, Set.of()),
                spec("geboren", "date", null, false, Set.of()),
                spec("gewijzigd", "dateTime", null, false, Set.of()),
                spec("categorie", "string", null, false, Set.of("01", "02")),
                spec("bedrag", "integer", null, false, Set.of()),
                spec("actief", "boolean", null, false, Set.of()),
                spec("ontbreekt", "string", null, false, Set.of()));

        assertThat(profile.rows()).isEqualTo(3);
        assertThat(profile.fields()).containsExactly(
                new FieldProfile("id", true, 3, 0, 0, OptionalLong.of(1), OptionalLong.empty()),
                new FieldProfile("bsn", true, 3, 1, 1, OptionalLong.empty(), OptionalLong.empty()),
                new FieldProfile("geboren", true, 3, 1, 1, OptionalLong.empty(), OptionalLong.empty()),
                new FieldProfile("gewijzigd", true, 3, 2, 0, OptionalLong.empty(), OptionalLong.empty()),
                new FieldProfile("categorie", true, 3, 1, 0, OptionalLong.empty(), OptionalLong.of(1)),
                new FieldProfile("bedrag", true, 3, 1, 1, OptionalLong.empty(), OptionalLong.empty()),
                new FieldProfile("actief", true, 3, 1, 1, OptionalLong.empty(), OptionalLong.empty()),
                new FieldProfile("ontbreekt", false, 3, 0, 0, OptionalLong.empty(), OptionalLong.empty()));
        assertThat(profile.undeclaredColumns()).containsExactly("toelichting");
        assertThat(progress).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void profilesAWorkbookWithOnlyAHeaderAsNoRows() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet().createRow(0).createCell(0).setCellValue("a");

        DatasetProfile profile = profile(bytes(workbook), new ArrayList<>(), spec("A", "string", null, false, Set.of()));

        assertThat(profile.rows()).isZero();
        assertThat(profile.fields().getFirst().present()).isTrue();
    }

    @Test
    void refusesADamagedWorkbookAndAnOldXlsFileClearly() throws IOException {
        byte[] workbook = bytes(withOneCell());
        byte[] damaged = java.util.Arrays.copyOf(workbook, workbook.length / 2);
        byte[] text = "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8);
        HSSFWorkbook old = new HSSFWorkbook();
        old.createSheet().createRow(0).createCell(0).setCellValue("a");
        byte[] xls = bytes(old);
        FieldSpec a = spec("a", "string", null, false, Set.of());

        assertThatThrownBy(() -> profile(damaged, new ArrayList<>(), a)).isInstanceOfSatisfying(
                ProfilingException.class, e -> assertThat(e.messageNl())
                        .isEqualTo("Het bestand is geen geldige Excel-werkmap (.xlsx) of is beschadigd."));
        assertThatThrownBy(() -> profile(text, new ArrayList<>(), a)).isInstanceOfSatisfying(
                ProfilingException.class, e -> assertThat(e.messageNl()).contains("geen geldige Excel-werkmap"));
        assertThatThrownBy(() -> profile(xls, new ArrayList<>(), a)).isInstanceOfSatisfying(
                ProfilingException.class, e -> assertThat(e.messageNl()).contains("oud Excel-bestand (.xls)"));
    }

    @Test
    void refusesAWorkbookLargerThanTheLimit() throws IOException {
        byte[] workbook = bytes(withOneCell());

        assertThatThrownBy(() -> XlsxProfiler.profile(new ByteArrayInputStream(workbook), workbook.length,
                new ProfileSpec(List.of()), ProfilingProgress.NONE, 1024))
                .isInstanceOfSatisfying(ProfilingException.class,
                        e -> assertThat(e.messageNl()).contains("groter dan"));
    }

    private static XSSFWorkbook withOneCell() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet().createRow(0).createCell(0).setCellValue("a");
        return workbook;
    }
}
