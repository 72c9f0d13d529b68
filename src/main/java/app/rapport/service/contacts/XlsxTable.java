package app.rapport.service.contacts;

import app.rapport.service.Progress;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rows of one sheet of an .xlsx file as text, read as a stream (fastexcel-reader), each with
 * its row number as Excel shows it. The header is the first row with two or more values: a
 * title above it (often merged across the columns) is passed over. A number formatted as a date
 * is a date (YYYY-MM-DD); other numbers are written out in full, without an exponent.
 */
public final class XlsxTable {
    /** Excel's built-in date and time formats (ECMA-376, 18.8.30). */
    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57);
    /** A format's date letters outside quoted text and [colour] or [$-locale] brackets. */
    private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.");
    private static final Pattern DATE_LETTERS = Pattern.compile("[dDyY]|[mM]{1,4}(?![^;]*[sS])");
    private static final int MIN_HEADER_VALUES = 2;

    private XlsxTable() {
    }

    /** The sheet called {@code sheetName}, or the first sheet when it is null, as a table. */
    public static CsvTable read(SniffedFile file, String sheetName, Progress progress) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.file().toFile(), new ReadingOptions(true, false))) {
            Sheet sheet = sheetName == null ? workbook.getFirstSheet() : workbook.findSheet(sheetName).orElseThrow(() ->
                    new UnreadableFileException("The workbook has no sheet called '" + sheetName + "'; its sheets are "
                            + String.join(", ", workbook.getSheets().map(Sheet::getName).map(name -> "'" + name + "'").toList()) + "."));
            List<String> headers = null;
            List<CsvTable.Row> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.openStream()) {
                Iterator<Row> iterator = stream.iterator();
                while (iterator.hasNext()) {
                    Row row = iterator.next();
                    List<String> values = values(row);
                    if (headers == null) {
                        if (values.stream().filter(value -> !value.isBlank()).count() >= MIN_HEADER_VALUES) {
                            headers = List.copyOf(values);
                        }
                        continue;
                    }
                    if (values.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    rows.add(new CsvTable.Row(row.getRowNum(), fit(values, headers.size())));
                    if ((rows.size() & 1023) == 0) {
                        if (progress.isCancelled()) {
                            throw new CancellationException("Reading cancelled.");
                        }
                        progress.update(rows.size(), -1, "Reading row " + rows.size());
                    }
                }
            }
            if (headers == null) {
                throw new UnreadableFileException("The sheet '" + sheet.getName() + "' has no header row (a row naming two or more columns).");
            }
            return new CsvTable(headers, rows, -1, null);
        } catch (ExcelReaderException | IllegalStateException e) {
            throw new UnreadableFileException("The workbook cannot be read (" + e.getMessage() + "); open it in Excel and save it again.");
        }
    }

    /** The row's values by column; a spreadsheet leaves trailing empty cells out, which is no missing delimiter. */
    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>(row.getCellCount());
        for (int column = 0; column < row.getCellCount(); column++) {
            values.add(text(row.getCell(column)));
        }
        return values;
    }

    private static List<String> fit(List<String> values, int columns) {
        List<String> fitted = new ArrayList<>(values.subList(0, Math.min(values.size(), columns)));
        while (fitted.size() < columns) {
            fitted.add("");
        }
        // Values beyond the header are kept only when there are any: then the row is reported as too long.
        return values.size() > columns && values.subList(columns, values.size()).stream().anyMatch(v -> !v.isBlank()) ? values : fitted;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
            case BOOLEAN -> cell.asBoolean() ? "TRUE" : "FALSE";
            case STRING -> cell.asString();
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && BUILT_IN_DATE_FORMATS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
            return false;
        }
        String bare = QUOTED_OR_BRACKETED.matcher(format).replaceAll("");
        return DATE_LETTERS.matcher(bare).find();
    }
}
