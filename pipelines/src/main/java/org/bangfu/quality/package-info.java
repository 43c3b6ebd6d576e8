/**
 * Checking submissions: the catalogue of rules with their stable codes and bilingual messages,
 * parsing of cell text into typed values, and the validation of one row against its form and the
 * registers. Everything here is pure Java, free of Spark, so that each rule is tested on its own;
 * the Spark job that applies it lives in {@code org.bangfu.quality.CheckJob}.
 */
package org.bangfu.quality;
