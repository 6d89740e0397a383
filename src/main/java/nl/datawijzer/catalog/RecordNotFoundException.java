package nl.datawijzer.catalog;

/** The record asked for does not exist. Shown as a 404 page or 404 problem JSON. */
public class RecordNotFoundException extends RuntimeException {
    public RecordNotFoundException(String kindNl, Object id) {
        super(kindNl + " '" + id + "' bestaat niet");
    }
}
