/**
 * Work spread over every core of the driver: {@link org.bangfu.parallel.InOrder} runs independent
 * items at once and returns their results in the order given. Publish renders its pages, charts
 * and downloads through it. Check and model do not: their Spark work already keeps every
 * core busy, and steps at once only added CPU (docs/performance.md).
 */
package org.bangfu.parallel;
