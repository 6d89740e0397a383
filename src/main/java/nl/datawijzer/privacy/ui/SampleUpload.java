package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.privacy.DetectionService;
import nl.datawijzer.privacy.DetectionSummary;
import nl.datawijzer.privacy.detect.SampleFile;
import nl.datawijzer.privacy.detect.SampleFileException;

/**
 * A steward checks a sample extract (CSV) of a dataset for personal data. The file is read in memory and
 * forgotten: only which rules fired and counts reach the catalogue, as hints for the privacy officer.
 */
public class SampleUpload extends Composite<Div> {

    public SampleUpload(DetectionService detection, DatasetId dataset) {
        Div root = getContent();
        root.setId("sample-check");
        Paragraph result = new Paragraph();
        result.setId("sample-result");
        result.setVisible(false);
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                DetectionSummary summary = detection.detectWithSample(dataset, bytes);
                show(result, getTranslation("privacy.sample.done", summary.fieldsChecked(), summary.fieldsFlagged(),
                        summary.disagreements()), true);
            } catch (SampleFileException invalid) {
                show(result, getTranslation("privacy.sample.invalid", invalid.message(getLocale())), false);
            }
            upload.clearFileList(); // ready for the next file
        }));
        upload.setId("sample-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SampleFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(e -> show(result, getTranslation("privacy.sample.rejected", e.getErrorMessage()), false));
        root.add(new H3(getTranslation("privacy.sample.title")), new Paragraph(getTranslation("privacy.sample.intro")),
                upload, result);
    }

    private static void show(Paragraph result, String text, boolean ok) {
        result.setText(text);
        result.setVisible(true);
        Notification.show(text, ok ? 6000 : 10_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}
