package app.rapport.service;

import app.rapport.domain.contacts.ImportCandidate;

import java.util.List;

/** An all-or-nothing import that found bad rows: nothing was imported. */
public final class ImportRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ImportCandidate> bad;
    private final int good;

    public ImportRejectedException(List<ImportCandidate> bad, int good) {
        super(bad.size() + (bad.size() == 1 ? " bad row" : " bad rows") + "; nothing was imported");
        this.bad = List.copyOf(bad);
        this.good = good;
    }

    public List<ImportCandidate> bad() {
        return bad;
    }

    /** How many rows would have been fine. */
    public int good() {
        return good;
    }
}
