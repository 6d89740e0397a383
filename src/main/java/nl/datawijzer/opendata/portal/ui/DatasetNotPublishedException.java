package nl.datawijzer.opendata.portal.ui;

/** The address names no published dataset: never published, withdrawn, or not a valid identifier. */
public class DatasetNotPublishedException extends RuntimeException {

    public DatasetNotPublishedException() {
        super("Deze dataset is niet (meer) gepubliceerd");
    }
}
