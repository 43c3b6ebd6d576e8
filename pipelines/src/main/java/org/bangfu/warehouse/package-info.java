/**
 * The one place that knows where tables live and how they are written: table names and paths
 * under the warehouse root (local, hdfs:// or s3a://), Delta reads, appends, overwrites, versions
 * and history, the landing area of original files, and the construction of the SparkSession.
 * Each table's partitioning, merge keys and CHECK constraints are data ({@link
 * org.bangfu.warehouse.TableDefinition}); versions can be pinned ({@link
 * org.bangfu.warehouse.PinnedTables}) as of a time or a stamp ({@link org.bangfu.warehouse.AsOf}),
 * and releases are logged ({@link org.bangfu.warehouse.PublicationLog}) so any can be rebuilt.
 */
package org.bangfu.warehouse;
