/**
 * Work spread over every core of the driver: {@link org.bangfu.parallel.InOrder} runs independent
 * items at once and returns their results in the order given. Publish renders its pages, charts
 * and downloads through it; model and check run their independent steps through it, each in a
 * Spark session of its own ({@link org.bangfu.warehouse.IndependentSteps}).
 */
package org.bangfu.parallel;
