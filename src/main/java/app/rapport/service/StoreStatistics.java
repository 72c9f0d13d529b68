package app.rapport.service;

import java.util.Map;

/** What is in a store, for `rapport info`: its file, size and schema version, and how many records of each kind. */
public record StoreStatistics(String file, long fileSizeBytes, String schemaVersion, Map<String, Integer> counts) {
}
