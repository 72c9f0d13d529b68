package app.rapport.service;

import java.util.Map;

/** What is in a store, for `rapport info`: its file, size and schema version, and how many records of each kind. */
public record StoreStatistics(String file, long fileSizeBytes, String schemaVersion, Map<String, Integer> counts) {
    /** The same, with the file's size as measured again (after the store was closed). */
    public StoreStatistics withFileSize(long bytes) {
        return new StoreStatistics(file, bytes, schemaVersion, counts);
    }
}
