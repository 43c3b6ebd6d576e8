/**
 * Checking submissions: the catalogue of rules with their stable codes and bilingual messages
 * ({@code Rule}), parsing of cell text into typed values ({@code CellParser}), and the validation
 * of one row against its form and the registers ({@code RowValidator}, with each form's checks in
 * {@code FormRowChecks} and plausible ranges in {@code ValueRange}). That part is pure Java, free of
 * Spark, so each rule is tested on its own.
 *
 * <p>The Spark side: {@code CheckJob} applies the row checks to bronze and writes silver, quarantine,
 * warnings, the file ledger, {@code silver.submissions} and {@code silver.reconciliation}; the
 * table-wide checks are pure Dataset transforms beside it: {@code Submissions} (current revision per
 * form, submitter and period; lateness), {@code PeriodChecks} (across periods, P001–P003) and
 * {@code Reconciliation} (across sources, X001–X002). {@code CheckColumns} holds the meaning of
 * every column written.
 */
package org.bangfu.quality;
