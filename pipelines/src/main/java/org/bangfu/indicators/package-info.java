/**
 * The indicator catalogue (DESIGN.md principle 2): every published indicator defined once — code,
 * Chinese and English name, unit, definition, precision, rounding (四舍五入) and direction — with the
 * accessor that reads it from gold figures, and the official number style it is written in.
 * Site pages, charts, the Word briefing and CSV downloads take their labels and number formats
 * from {@link org.bangfu.indicators.IndicatorCatalogue} and
 * {@link org.bangfu.indicators.OfficialNumberFormat}; no label is typed anywhere else.
 * This package holds definitions and pure formatting only; it reads no tables and writes no files.
 */
package org.bangfu.indicators;
