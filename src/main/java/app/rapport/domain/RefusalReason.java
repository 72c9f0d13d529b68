package app.rapport.domain;

/** A reason a client gave for saying no, from the store's editable list: its code and the label shown. */
public record RefusalReason(String code, String label) {
}
