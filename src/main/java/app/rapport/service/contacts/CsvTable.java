package app.rapport.service.contacts;

import app.rapport.service.Progress;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The rows of a CSV file as text, each with the line it starts on. A quoting error that leaves the
 * rest of the file unreadable ends the table with {@link #brokenAt} and its reason.
 */
public record CsvTable(List<String> headers, List<Row> rows, long brokenAt, String brokenReason) {
    /** One record of the file and the line (1-based, the header is line 1) it starts on. */
    public record Row(long line, List<String> values) {
    }

    public boolean isBroken() {
        return brokenReason != null;
    }

    public static CsvTable read(SniffedFile file, Progress progress) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(file.delimiter())
                .setIgnoreEmptyLines(true)
                .setTrailingData(true)
                .get();
        long size = Files.size(file.file());
        try (CountingStream counted = new CountingStream(Files.newInputStream(file.file()))) {
            counted.skipNBytes(file.bomLength());
            BufferedReader reader = new BufferedReader(new InputStreamReader(counted, file.charset()), 1 << 16);
            List<String> headers = null;
            List<Row> rows = new ArrayList<>();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                var records = parser.iterator();
                while (true) {
                    long startLine = parser.getCurrentLineNumber() + 1;
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException broken) {
                        return new CsvTable(headers == null ? List.of() : headers, rows, startLine,
                                "a quoted value is not closed or is followed by stray characters, so the file cannot be read from here on ("
                                        + broken.getCause().getMessage() + ")");
                    }
                    if (headers == null) {
                        headers = List.copyOf(record.toList());
                    } else {
                        rows.add(new Row(startLine, record.toList()));
                    }
                    if ((rows.size() & 1023) == 0) {
                        if (progress.isCancelled()) {
                            throw new CancellationException("Reading cancelled.");
                        }
                        progress.update(counted.count, size, "Reading row " + rows.size());
                    }
                }
            }
            if (headers == null) {
                throw new UnreadableFileException("The file has no header row.");
            }
            return new CsvTable(headers, rows, -1, null);
        }
    }

    /** Counts the bytes read, for progress through a big file. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }
}
