package nl.datawijzer.privacy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import nl.datawijzer.privacy.ProcessingRegisterService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The processing register as a file, for the privacy officer only (the service checks the role; others get 403 problem
 * JSON, anonymous callers 401). No {@code produces} on the mappings, so an error can still answer as problem JSON.
 */
@RestController
@RequestMapping(path = "/api/privacy")
@Tag(name = "Verwerkingsregister", description = "Het verwerkingsregister (art. 30 AVG) als bestand, alleen voor de FG")
class RegisterApi {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ProcessingRegisterService register;

    RegisterApi(ProcessingRegisterService register) {
        this.register = register;
    }

    @GetMapping("/register.csv")
    @Operation(summary = "Het verwerkingsregister als CSV (UTF-8 met BOM, ';', één regel per verwerking)")
    ResponseEntity<byte[]> csv() {
        return file(register.exportCsv(), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "csv");
    }

    @GetMapping("/register.xlsx")
    @Operation(summary = "Het verwerkingsregister als Excel-werkboek (XLSX)")
    ResponseEntity<byte[]> xlsx() {
        return file(register.exportXlsx(), XLSX, "xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("verwerkingsregister-" + LocalDate.now() + "." + extension).build().toString())
                .body(content);
    }
}
