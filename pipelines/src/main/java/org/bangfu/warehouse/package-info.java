/**
 * The one place that knows where tables live and how they are written: table names and paths
 * under the warehouse root (local, hdfs:// or s3a://), Delta reads, appends, overwrites, versions
 * and history, the landing area of original files, and the construction of the SparkSession.
 */
package org.bangfu.warehouse;
