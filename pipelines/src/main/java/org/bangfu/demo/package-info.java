/**
 * The demo data generator: a synthetic province (云岭省, code 580000, marked 演示数据) with its
 * registers ML-1..ML-4 and every form, BF-1..BF-3 quarterly for 2018Q1–2019Q4, BF-4 and BF-5 for 2018
 * and 2019, written as an inbox of .xlsx and .csv files that look like real submissions, title
 * blocks, GBK encodings, full-width digits and all, each dated (last-modified time) when it was sent.
 * {@link org.bangfu.demo.DemoGenerator} writes the files and returns a
 * {@link org.bangfu.demo.DemoManifest} saying what was written and what the pipeline should find:
 * rows per file, planted mistakes with their rule codes, late and missing submissions, a withdrawn
 * row and the reconciliation differences.
 *
 * <p>Everything is derived from a seed: the same seed and {@link org.bangfu.demo.DemoSize} give
 * byte-identical files, so benchmarks and tests can rely on them. {@link org.bangfu.demo.DemoSize#province()}
 * is a real province's size (1.6 million BF-4 rows), written one county at a time. Headers and
 * enumerations come from {@link org.bangfu.forms.FormCatalogue}; nothing here is read by the pipeline itself.
 */
package org.bangfu.demo;
