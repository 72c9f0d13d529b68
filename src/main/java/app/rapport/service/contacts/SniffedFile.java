package app.rapport.service.contacts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a file is, judged by its bytes rather than its name: the format, the text encoding (a BOM
 * decides; else UTF-8 when every byte sequence is valid UTF-8, else Windows-1252, what Excel
 * writes on Windows), and for CSV the delimiter most used in the header row.
 */
public record SniffedFile(Path file, ContactFormat format, Charset charset, int bomLength, char delimiter) {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE_BYTES = 1 << 16;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    public static SniffedFile of(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new UnreadableFileException("The file is empty.");
        }
        byte[] sample = head(file);
        if (org.dhatim.fastexcel.reader.ReadableWorkbook.isOOXMLZipHeader(sample)) {
            return new SniffedFile(file, ContactFormat.XLSX, StandardCharsets.UTF_8, 0, '\0');
        }
        if (org.dhatim.fastexcel.reader.ReadableWorkbook.isOLE2Header(sample)) {
            throw new UnreadableFileException("This is an old Excel (.xls) file: save it as .xlsx or CSV in Excel, then import that.");
        }
        Charset charset;
        int bom = 0;
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(sample, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(sample, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (zeros(sample) > 0) {
            charset = utf16WithoutBom(sample);
        } else {
            charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        String text = new String(sample, bom, trimToWhole(sample.length - bom, charset), charset);
        if (looksBinary(text)) {
            throw new UnreadableFileException("This is not a text file: Rapport imports CSV, Excel (.xlsx), vCard (.vcf), LDIF (.ldif) and its own JSON archive.");
        }
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw new UnreadableFileException("The file has only blank lines.");
        }
        if (start.regionMatches(true, 0, "BEGIN:VCARD", 0, "BEGIN:VCARD".length())) {
            return new SniffedFile(file, ContactFormat.VCARD, charset, bom, '\0');
        }
        if (isLdif(start)) {
            return new SniffedFile(file, ContactFormat.LDIF, charset, bom, '\0');
        }
        if (start.startsWith("{")) {
            return new SniffedFile(file, ContactFormat.JSON_ARCHIVE, charset, bom, '\0');
        }
        return new SniffedFile(file, ContactFormat.CSV, charset, bom, delimiterOf(start));
    }

    /** LDIF starts, past comments, with its version line or the first entry's name ("dn: cn=Ada Lovelace,mail=ada@example.com"). */
    private static boolean isLdif(String start) {
        String firstLine = start.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).findFirst().orElse("");
        return firstLine.matches("(?i)(version:\\s*1|dn::?\\s*.*)");
    }

    /**
     * The numbers of the lines that start with {@code prefix}, case aside ("BEGIN:VCARD", "dn:"): where
     * each record of a vCard or LDIF file starts, so a bad one is named by its line.
     */
    public List<Long> linesStartingWith(String prefix) throws IOException {
        List<Long> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(bomLength);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    lines.add(number);
                }
            }
        }
        return lines;
    }

    /** "UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16LE with BOM"... */
    public String encodingLabel() {
        if (format == ContactFormat.XLSX) {
            return "Excel workbook";
        }
        String name = charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name();
        return bomLength > 0 ? name + " with BOM" : name;
    }

    /** "comma", "semicolon", "tab", "|". */
    public String delimiterLabel() {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "vertical bar";
            default -> "none";
        };
    }

    /** The delimiter the header row (up to its first line break outside quotes) uses most. */
    static char delimiterOf(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        }
    }

    /** Every byte sequence of the whole file valid UTF-8 (read in blocks; a big file never sits in memory). */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] block = new byte[1 << 15];
            int read;
            while ((read = stream.read(block)) > 0) {
                in.put(block, 0, read);
                in.flip();
                if (decoder.decode(in, out, false).isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            in.flip();
            return !decoder.decode(in, out, true).isError() && !decoder.flush(out).isError();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** UTF-16 text without a BOM has a zero byte beside almost every ASCII character; anything else with zeros is binary. */
    private static Charset utf16WithoutBom(byte[] sample) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int half = sample.length / 2;
        if (odd > half * 0.6 && even == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (even > half * 0.6 && odd == 0) {
            return StandardCharsets.UTF_16BE;
        }
        throw new UnreadableFileException("This is not a text file: Rapport imports CSV, Excel (.xlsx), vCard (.vcf), LDIF (.ldif) and its own JSON archive.");
    }

    private static boolean looksBinary(String text) {
        long control = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count()
                + text.chars().filter(c -> c == 0xFFFD).count();
        return control > Math.max(2, text.length() / 100);
    }

    private static int zeros(byte[] sample) {
        int zeros = 0;
        for (byte b : sample) {
            if (b == 0) {
                zeros++;
            }
        }
        return zeros;
    }

    /** The sample may end inside a character; UTF-16 needs an even length at least. */
    private static int trimToWhole(int length, Charset charset) {
        return charset.name().startsWith("UTF-16") ? length & ~1 : length;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }


}
