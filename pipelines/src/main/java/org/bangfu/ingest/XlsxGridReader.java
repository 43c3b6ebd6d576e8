package org.bangfu.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;

/**
 * Reads the sheet of an Excel workbook that holds the form: the sheet whose name starts with a form
 * code, else the first visible sheet. Numbers come back in plain notation (no exponent, no
 * grouping), dates as ISO dates, formulas as their cached results.
 */
final class XlsxGridReader {

    private XlsxGridReader() {
    }

    static Grid read(byte[] bytes) throws UnreadableFileException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = chooseSheet(workbook);
            List<GridRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
                    cells.add(text(row.getCell(column)));
                }
                GridRow gridRow = new GridRow(row.getRowNum() + 1, cells);
                if (!gridRow.isBlank()) {
                    rows.add(gridRow);
                }
            }
            return new Grid(sheet.getSheetName(), rows);
        } catch (IOException | RuntimeException damaged) {
            // POI signals damaged or foreign files with a variety of runtime exceptions.
            throw new UnreadableFileException("Excel 文件已损坏或不是 xlsx/xls 格式 / damaged or not an Excel workbook: "
                    + damaged.getClass().getSimpleName(), damaged);
        }
    }

    private static Sheet chooseSheet(Workbook workbook) throws UnreadableFileException {
        if (workbook.getNumberOfSheets() == 0) {
            throw new UnreadableFileException("工作簿中没有工作表 / the workbook has no sheet");
        }
        for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
            String name = workbook.getSheetName(index).strip().toUpperCase();
            for (FormDefinition form : FormCatalogue.forms()) {
                if (name.startsWith(form.code())) {
                    return workbook.getSheetAt(index);
                }
            }
        }
        for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
            if (!workbook.isSheetHidden(index) && !workbook.isSheetVeryHidden(index)) {
                return workbook.getSheetAt(index);
            }
        }
        return workbook.getSheetAt(0);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : plain(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static String plain(double number) {
        BigDecimal decimal = BigDecimal.valueOf(number).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
}
