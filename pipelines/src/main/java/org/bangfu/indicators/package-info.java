/**
 * The indicator catalogue (DESIGN.md principle 2): every indicator defined once, as data — code,
 * Chinese and English name, unit, definition and formula, the gold table per level and the gold
 * column it is read from, aggregation, precision, rounding (四舍五入), direction, flow or stock, and
 * the form fields it comes from — and the official number style it is written in.
 * Indicators live in per-topic lists ({@link org.bangfu.indicators.AssistanceIndicators} BF-1,
 * {@link org.bangfu.indicators.WorkTeamIndicators} BF-2, {@link org.bangfu.indicators.ProgressIndicators}
 * BF-3, {@link org.bangfu.indicators.TargetIndicators} BF-5) that
 * {@link org.bangfu.indicators.IndicatorCatalogue} composes; a gold row is read through
 * {@link org.bangfu.indicators.GoldFigures} by column name.
 * Site pages, charts, the Word briefing and CSV downloads take their labels and number formats
 * from here; no label is typed anywhere else. This package holds definitions and pure formatting
 * only; it reads no tables and writes no files.
 */
package org.bangfu.indicators;
