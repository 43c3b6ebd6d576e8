package org.bangfu.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.DescribeColumn;
import org.apache.spark.sql.catalyst.plans.logical.DescribeRelation;
import org.apache.spark.sql.catalyst.plans.logical.InsertIntoStatement;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.ParsedStatement;
import org.apache.spark.sql.catalyst.plans.logical.ShowColumns;
import org.apache.spark.sql.catalyst.plans.logical.ShowNamespaces;
import org.apache.spark.sql.catalyst.plans.logical.ShowTables;
import org.apache.spark.sql.catalyst.plans.logical.ShowViews;
import scala.collection.JavaConverters;

/**
 * A statement {@code bangfu sql} may run: parsed by the session's own parser (Delta's included) and
 * accepted only when its logical plan reads. Every Spark and Delta statement that writes, changes a
 * setting or the catalog (INSERT, MERGE, DELETE, CREATE, DROP, SET, CACHE, OPTIMIZE, VACUUM…) is a
 * {@link Command} or an insert statement in the plan, so checking the plan's nodes, not the text,
 * refuses them all however they are spelled or nested in a CTE.
 */
final class ReadOnlyQuery {

    /** Commands that only describe the catalog, which a statistician needs at the prompt. */
    private static final Set<Class<?>> DESCRIBING_COMMANDS = Set.of(ShowTables.class, ShowViews.class,
            ShowNamespaces.class, ShowColumns.class, DescribeRelation.class, DescribeColumn.class);

    /** Functions that call arbitrary Java methods (System.exit among them): not for a read-only prompt. */
    private static final Set<String> JAVA_CALLING_FUNCTIONS = Set.of("reflect", "java_method", "try_reflect");

    private ReadOnlyQuery() {
    }

    /**
     * Checks the statement.
     *
     * @throws BangfuException SQL-002 when it does not parse, SQL-001 when it is not a query
     */
    static void require(SparkSession spark, String statement) {
        LogicalPlan plan;
        try {
            plan = spark.sessionState().sqlParser().parsePlan(statement);
        } catch (ParseException unparsable) {
            throw CommandError.SQL_SYNTAX.failure("SQL 语法错误：" + firstLine(unparsable.getMessage()),
                    "SQL syntax error: " + firstLine(unparsable.getMessage()));
        }
        Optional<String> writing = firstWritingNode(plan);
        if (writing.isPresent()) {
            throw CommandError.SQL_NOT_A_QUERY.failure(
                    "只能运行查询（SELECT、WITH、SHOW、DESCRIBE），不能运行 " + writing.get() + "，数据仓库只由流程写入",
                    "only queries may run (SELECT, WITH, SHOW, DESCRIBE), not " + writing.get()
                            + "; the warehouse is written by the pipeline alone");
        }
    }

    /** The name of the first node, depth first, that is not part of a read-only query. */
    static Optional<String> firstWritingNode(LogicalPlan plan) {
        if ((plan instanceof Command && !DESCRIBING_COMMANDS.contains(plan.getClass()))
                || plan instanceof InsertIntoStatement || plan instanceof ParsedStatement) {
            return Optional.of(plan.nodeName());
        }
        for (Expression expression : asJava(plan.expressions())) {
            Optional<String> found = firstWritingNode(expression);
            if (found.isPresent()) {
                return found;
            }
        }
        for (LogicalPlan child : asJava(plan.children())) {
            Optional<String> found = firstWritingNode(child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstWritingNode(Expression expression) {
        if (expression instanceof UnresolvedFunction function) {
            List<String> nameParts = asJava(function.nameParts());
            String name = nameParts.get(nameParts.size() - 1).toLowerCase(Locale.ROOT);
            if (JAVA_CALLING_FUNCTIONS.contains(name)) {
                return Optional.of(name + "()");
            }
        }
        if (expression instanceof SubqueryExpression subquery) {
            Optional<String> found = firstWritingNode(subquery.plan());
            if (found.isPresent()) {
                return found;
            }
        }
        for (Expression child : asJava(expression.children())) {
            Optional<String> found = firstWritingNode(child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static <T> List<T> asJava(scala.collection.Seq<T> sequence) {
        return JavaConverters.seqAsJavaList(sequence);
    }

    static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(text);
    }
}
