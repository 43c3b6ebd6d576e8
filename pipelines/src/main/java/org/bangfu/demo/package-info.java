/**
 * The demo data generator: a synthetic province (云岭省, code 580000, marked 演示数据) with its
 * registers ML-1..ML-4 and BF-1 quarterly reports, written as an inbox of .xlsx and .csv files that
 * look like real submissions, title blocks, GBK encodings, full-width digits and all, plus a handful of
 * planted mistakes. {@link org.bangfu.demo.DemoGenerator} writes the files and returns a
 * {@link org.bangfu.demo.DemoManifest} saying what was written and what the pipeline should find.
 *
 * <p>Everything is derived from a seed: the same seed and {@link org.bangfu.demo.DemoSize} give
 * byte-identical files, so benchmarks and tests can rely on them. Headers come from
 * {@link org.bangfu.forms.FormCatalogue}; nothing here is read by the pipeline itself.
 */
package org.bangfu.demo;
