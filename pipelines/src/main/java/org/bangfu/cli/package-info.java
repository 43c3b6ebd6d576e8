/**
 * The {@code bangfu} command line: one subcommand per pipeline step ({@code ingest}, {@code check},
 * {@code model}, {@code publish}), {@code run} for all of them and {@code demo} to try the system on
 * generated data. Commands parse options, build the SparkSession once and print bilingual reports;
 * the work itself is done by the jobs of the other packages.
 */
package org.bangfu.cli;
